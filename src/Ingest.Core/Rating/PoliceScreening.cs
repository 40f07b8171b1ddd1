using System.Globalization;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating;

/// <summary>
/// The screening test of the briefing's study: does the review show police engagement in the case? Yes
/// when enough of its sentences mention the police, or when it draws on a police agency report or names
/// police practice (a missed opportunity or good practice by the police). The confidence grows with the
/// distance of the police share from the threshold.
/// </summary>
public sealed class PoliceScreening(RateOptions options)
{
    public const string ProducerName = "screening-rules@1";

    public ScreeningDecision Decide(RatingInput input)
    {
        var sentences = input.SentencesWith(Labels.PoliceMention).Count;
        var share = input.Sentences.Count == 0 ? 0 : (double)sentences / input.Sentences.Count;
        var practice = input.Annotations
            .Where(a => a.Attributes.Agency == "police" && a.Label is Labels.ImrReference or Labels.MissedOpportunity or Labels.GoodPractice)
            .ToList();
        var engaged = share >= options.ScreeningPoliceShare || practice.Count > 0;
        var distance = Math.Abs(share - options.ScreeningPoliceShare) / Math.Max(options.ScreeningPoliceShare, 0.01);
        var confidence = Math.Min(0.99, 0.5 + (0.5 * Math.Min(1, distance)) + (engaged && practice.Count > 0 ? 0.1 : 0));
        var evidence = practice.Select(a => a.Id).Take(10)
            .Concat(input.Labelled(Labels.PoliceMention).Select(a => a.Id).Take(10))
            .Append(string.Create(CultureInfo.InvariantCulture, $"police sentences: {sentences} of {input.Sentences.Count} ({share:P0})"))
            .ToList();
        return new ScreeningDecision(engaged, Math.Round(confidence, 3), evidence, ProducerName);
    }
}
