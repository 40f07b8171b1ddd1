namespace Ingest.Core.Rating.Fitting;

/// <summary>
/// One document as the band fitter sees it for one criterion: its measure, its gold score, and the real
/// criterion's score under a set of thresholds. The criterion reads its thresholds only through the
/// band its measure falls in (IBandedCriterion), so the score is computed once per band and kept:
/// thousands of candidate thresholds then cost a lookup each, not a rescoring of the text.
/// </summary>
internal sealed class ScoredDocument
{
    private readonly BandedSetting _setting;
    private readonly RateOptions _options;
    private readonly Dictionary<int, int> _byBand = [];
    private int? _unbanded;

    public ScoredDocument(BandedSetting setting, RateOptions options, RatingFitDocument document)
    {
        _setting = setting;
        _options = options;
        Document = document;
        Gold = document.Gold.Criteria[setting.Criterion];
        Measure = setting.Create(options).Measure(document.Input);
    }

    public RatingFitDocument Document { get; }

    public int Gold { get; }

    public double? Measure { get; }

    public bool Agrees(Bands bands) => Score(bands) == Gold;

    /// <summary>The real criterion's score with these thresholds in place of the options' own.</summary>
    public int Score(Bands bands)
    {
        if (Measure is not { } value)
        {
            return _unbanded ??= _setting.Create(_options).Score(Document.Input).Score;
        }

        var band = _setting.Band(bands, value);
        if (!_byBand.TryGetValue(band, out var score))
        {
            score = _byBand[band] = _setting.Create(_setting.Set(_options, bands)).Score(Document.Input).Score;
        }

        return score;
    }
}
