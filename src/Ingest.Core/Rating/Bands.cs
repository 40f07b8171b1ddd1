namespace Ingest.Core.Rating;

/// <summary>
/// Three rising thresholds that cut a measure into the 1-4 scale: below <see cref="Two"/> scores 1,
/// from <see cref="Two"/> 2, from <see cref="Three"/> 3, from <see cref="Four"/> 4.
/// </summary>
public sealed record Bands(double Two, double Three, double Four)
{
    public int Score(double value) => value >= Four ? 4 : value >= Three ? 3 : value >= Two ? 2 : 1;

    /// <summary>The same cut for a measure where less is better (a delay): up to <see cref="Four"/> scores 4.</summary>
    public int ScoreLowerIsBetter(double value) => value <= Four ? 4 : value <= Three ? 3 : value <= Two ? 2 : 1;

    public static Bands Read(Configuration.JsonSection parent, string key, Bands fallback, double min, double max)
    {
        var s = parent.Section(key);
        var bands = new Bands(
            s.Double(nameof(Two), fallback.Two, min, max),
            s.Double(nameof(Three), fallback.Three, min, max),
            s.Double(nameof(Four), fallback.Four, min, max));
        s.RejectUnknown();
        var rising = bands.Two <= bands.Three && bands.Three <= bands.Four;
        var falling = bands.Two >= bands.Three && bands.Three >= bands.Four;
        return rising || falling ? bands : throw new Configuration.ConfigurationException(s.Path, "the thresholds Two, Three, Four must run in one direction");
    }
}
