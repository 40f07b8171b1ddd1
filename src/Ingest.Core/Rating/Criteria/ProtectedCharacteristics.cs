using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// protected_characteristics: are they recorded, or their absence explained? Distinct characteristics
/// recorded; a statement that they were withheld or considered scores 2 on its own, and one that they
/// were withheld caps the score at 2 (the review records only part of the picture). A characteristic named
/// in a sentence that says it could not be recorded ("no information was available about his religion",
/// "did not record the ethnicity") is an absence explained, not a characteristic recorded: it caps the
/// score at 3, as the rubric keeps "recorded" (4) apart from "their absence explained".
/// A review that records them scores 4 only where it discusses them: the paragraphs that name them are long, or
/// say how a characteristic bore on the help given. The gold writers score a bare list 3 however long it is.
/// </summary>
public sealed class ProtectedCharacteristics(RateOptions options) : IBandedCriterion
{
    private static readonly HashSet<string> Statements = new(StringComparer.Ordinal) { "withheld", "considered" };

    /// <summary>
    /// How reviews say that a characteristic is missing from the record they had: the review's own gap
    /// ("no information about", "not able to consider") or an agency's ("not recorded", "not known to agencies",
    /// "no agency recorded whether she could read them", "the force does not routinely record whether").
    /// </summary>
    private static readonly Regex UnrecordedWording = new(
        @"\bno information (?:was |is )?(?:available )?(?:about|on)\b|\bnot (?:been )?recorded\b|\bdid not record\b|\bnot (?:been )?able to consider\b|\b(?:was|were) not known to\b|\bnot explored\b|\bnot stated\b"
        + @"|\bno (?:agency|one|professional|service|record)\b[^.;]{0,40}\b(?:recorded|records|asked|noted)\b|\b(?:does|do|did) not (?:routinely |consistently |always |ever )?(?:record|ask)\b"
        + @"|\bnot (?:routinely|consistently|always|ever) (?:been )?(?:recorded|asked)\b|\b(?:was|were) never (?:recorded|asked)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>Words that say a characteristic shaped how the person was seen or helped: the review weighs it, not only names it.</summary>
    private static readonly Regex EffectWording = new(
        @"\b(?:affect(?:s|ed|ing)?|shap(?:e|es|ed|ing)|impact\w*|influenc\w*|bias\w*|assum\w*|barriers?|intersect\w*|unconscious|stereotyp\w*|adultifi\w*|discriminat\w*|seen as|perceived)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    public string Name => RatingCriteria.ProtectedCharacteristics;

    public CriterionScore Score(RatingInput input)
    {
        var all = All(input);
        var kinds = Kinds(all);
        var statements = all.Where(a => Statements.Contains(a.Attributes.Characteristic!)).ToList();
        var score = options.ProtectedRecorded.Score(kinds.Count);
        var discussed = score == 3 && Discussed(input, all);
        if (discussed)
        {
            score = 4;
        }

        if (score < 2 && statements.Count > 0)
        {
            score = 2;
        }

        // A review that says it withheld characteristics records only some: partial, however many it names.
        if (statements.Any(s => s.Attributes.Characteristic == "withheld"))
        {
            score = Math.Min(score, 2);
        }

        var unrecorded = Unrecorded(input, all);
        if (unrecorded)
        {
            score = Math.Min(score, 3);
        }

        var why = kinds.Count > 0 ? $"records {string.Join(", ", kinds)}" : "records no protected characteristic";
        if (discussed)
        {
            why += " and discusses them";
        }

        if (statements.Count > 0)
        {
            why += $"; states they were {string.Join(" and ", statements.Select(s => s.Attributes.Characteristic).Distinct())}";
        }

        if (unrecorded)
        {
            why += "; says some could not be recorded";
        }

        return new CriterionScore(score, all.Select(a => a.Id).ToList(), why);
    }

    /// <summary>The number of distinct characteristics recorded (the statements cap or lift the score after the cut).</summary>
    public double? Measure(RatingInput input) => Kinds(All(input)).Count;

    /// <summary>True when a sentence that names a characteristic says it was not recorded or not known.</summary>
    private static bool Unrecorded(RatingInput input, List<Annotation> all)
    {
        var named = all.Select(a => a.Start).ToList();
        return input.Sentences
            .Where(s => named.Any(start => s.Start <= start && start < s.End))
            .Any(s => UnrecordedWording.IsMatch(input.SentenceText(s)));
    }

    /// <summary>
    /// True when the paragraphs that name a characteristic run to the options' word count or carry its number of effect words.
    /// Fitted on s01-s62 (34 -> 40 of 62 agree; 100-140 words and 3 cues within one of the best), checked on s63-s83 (10 -> 17 of 21).
    /// </summary>
    private bool Discussed(RatingInput input, List<Annotation> all)
    {
        var paragraphs = all.Select(a => input.ParagraphAround(a.Start)).Distinct().ToList();
        var words = paragraphs.Sum(p => input.WordsIn(p.Start, p.End));
        var cues = paragraphs.Sum(p => EffectWording.Count(input.Text.AsSpan(p.Start, p.End - p.Start)));
        return words >= options.ProtectedDiscussedWords || cues >= options.ProtectedEffectCues;
    }

    private static List<Annotation> All(RatingInput input) =>
        input.Labelled(Labels.ProtectedCharacteristic).Where(a => a.Attributes.Characteristic is not null).ToList();

    private static List<string> Kinds(List<Annotation> all) =>
        all.Where(a => !Statements.Contains(a.Attributes.Characteristic!)).Select(a => a.Attributes.Characteristic!).Distinct().Order(StringComparer.Ordinal).ToList();
}
