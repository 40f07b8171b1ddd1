namespace Ingest.Core.Rating.Fitting;

/// <summary>
/// Chooses the three thresholds of one banded criterion that make its scores agree with the gold
/// criterion scores on the most tuned documents. Every candidate is scored by the real criterion
/// (built from <c>options with { X = candidate }</c>), so its caps and penalties count. The candidate
/// cut points are the midpoints between the distinct measured values (rounded to the fewest decimals
/// that stay inside the gap), one below and one above them all, and the current thresholds; ties go to
/// the smallest change from the current thresholds, because two dozen documents are few. The
/// direction of the current thresholds (rising, or falling for a measure where less is better) is kept,
/// as Bands.Read requires one direction, and the three cut points differ, so that every score of
/// the 1-4 scale can still be given.
/// </summary>
public static class BandFitter
{
    public static BandFit Fit(BandedSetting setting, RateOptions options, IReadOnlyList<RatingFitDocument> documents, IReadOnlyList<RatingFitDocument> validation)
    {
        var current = setting.Get(options);
        var scored = Scorable(setting, options, documents);
        var fitted = Best(setting, current, scored);

        // Left one document out: each document is scored by thresholds fitted on the others only.
        var leaveOneOut = scored.Count(d => d.Agrees(Best(setting, current, scored.Where(o => !ReferenceEquals(o, d)).ToList())));
        var fit = new BandFit(setting, current, fitted, scored.Count, scored.Count(d => d.Agrees(current)), scored.Count(d => d.Agrees(fitted)), leaveOneOut);
        if (validation.Count == 0)
        {
            return fit;
        }

        var check = Scorable(setting, options, validation);
        return fit with { Validation = new ValidationAgreement(check.Count, check.Count(d => d.Agrees(current)), check.Count(d => d.Agrees(fitted))) };
    }

    /// <summary>The thresholds with the most agreement on the documents; among equals, the nearest to <paramref name="current"/>.</summary>
    internal static Bands Best(BandedSetting setting, Bands current, IReadOnlyList<ScoredDocument> documents)
    {
        var candidates = Candidates(setting, current, documents);
        var falling = current.Two > current.Four || (current.Two == current.Four && setting.LowerIsBetter);
        var best = (Bands: current, Agree: documents.Count(d => d.Agrees(current)), Distance: 0.0);
        for (var i = 0; i < candidates.Count; i++)
        {
            // Strictly rising (or falling) cut points: each of the four scores stays reachable, so a fit
            // cannot buy agreement on a few documents by dropping a point of the scale altogether.
            for (var j = i + 1; j < candidates.Count; j++)
            {
                for (var k = j + 1; k < candidates.Count; k++)
                {
                    var bands = falling ? new Bands(candidates[k], candidates[j], candidates[i]) : new Bands(candidates[i], candidates[j], candidates[k]);
                    var agree = documents.Count(d => d.Agrees(bands));
                    var distance = Math.Abs(bands.Two - current.Two) + Math.Abs(bands.Three - current.Three) + Math.Abs(bands.Four - current.Four);
                    if (agree > best.Agree || (agree == best.Agree && distance < best.Distance - 1e-12))
                    {
                        best = (bands, agree, distance);
                    }
                }
            }
        }

        return best.Bands;
    }

    /// <summary>The cut points worth trying: one in each gap between measured values, beyond both ends, and the current ones.</summary>
    internal static List<double> Candidates(BandedSetting setting, Bands current, IReadOnlyList<ScoredDocument> documents)
    {
        var values = documents.Select(d => d.Measure).OfType<double>().Distinct().Order().ToList();
        var candidates = new List<double> { current.Two, current.Three, current.Four };
        if (values.Count > 0)
        {
            candidates.Add(values[0]);
            candidates.Add(values[^1]);
            candidates.AddRange(values.Zip(values.Skip(1), Inside));
            candidates.Add(values[0] > setting.Min ? Inside(setting.Min, values[0]) : values[0]);
            candidates.Add(values[^1] < setting.Max ? Inside(values[^1], setting.Max) : values[^1]);
        }

        return candidates.Where(c => c >= setting.Min && c <= setting.Max).Distinct().Order().ToList();
    }

    /// <summary>The midpoint of a gap, rounded to the fewest decimals that keep it strictly inside (0.2 rather than 0.1966).</summary>
    internal static double Inside(double low, double high)
    {
        var middle = (low + high) / 2;
        for (var decimals = 0; decimals <= 10; decimals++)
        {
            var rounded = Math.Round(middle, decimals, MidpointRounding.AwayFromZero);
            if (low < rounded && rounded < high)
            {
                return rounded;
            }
        }

        return middle;
    }

    private static List<ScoredDocument> Scorable(BandedSetting setting, RateOptions options, IReadOnlyList<RatingFitDocument> documents) =>
        documents.Where(d => d.Gold.Criteria.ContainsKey(setting.Criterion)).Select(d => new ScoredDocument(setting, options, d)).ToList();
}
