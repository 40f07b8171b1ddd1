using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Tagging.Imr;

/// <summary>
/// What kind of report an agency gave, read from the words of its references. A summary of contacts, a
/// chronology or a short response to the panel's questions is not a review of the agency's practice;
/// writers of reviews say so, and the rating of the police IMR follows them.
/// </summary>
public static partial class ReportForms
{
    /// <summary>Other agencies whose reports a review must call by a plain word before that word is its name for every report.</summary>
    private const int AgenciesForCommonWord = 2;

    /// <summary>
    /// Whether every reference that says what kind of report it is names a short form ("short summary
    /// report", "response to the panel's questions", "chronology"); anaphors ("It", "That report") and
    /// statements of receipt and "the police contribution" say nothing either way.
    /// </summary>
    public static bool ShortFormsOnly(IEnumerable<string> references) => ShortFormsOnly(references, new HashSet<string>());

    /// <summary>
    /// As above, but a plain word the review uses for the reports of other agencies too ("The constabulary's
    /// account", "the nursery's account") is its name for every agency's report, not a short form there.
    /// "Short", "brief", "summary" and "response" stay short forms whatever the review calls the rest.
    /// </summary>
    public static bool ShortFormsOnly(IEnumerable<string> references, IReadOnlySet<string> commonWords)
    {
        var kinds = references.Where(t => !Neutral().IsMatch(t)).ToList();
        return kinds.Count > 0 && kinds.All(t => ShortForm().IsMatch(t) || PlainForm().Matches(t).Any(m => !commonWords.Contains(Stem(m.Value))));
    }

    /// <summary>
    /// The plain words ("account", "chronology") that the review uses for the reports of agencies other than the
    /// police, or that it calls reflective when it speaks of the reports as a set ("The reflective accounts were,
    /// for the most part, exactly that"): a word the review has used for a review of practice is not a short form.
    /// </summary>
    public static IReadOnlySet<string> CommonWords(IEnumerable<Annotation> references)
    {
        var imr = references.Where(a => a.Label == Labels.ImrReference).ToList();
        var shared = imr
            .Where(a => a.Attributes.Agency is { } agency && agency is not ("police" or "partnership" or "national"))
            .SelectMany(a => PlainForm().Matches(a.Text).Select(m => (Word: Stem(m.Value), a.Attributes.Agency)))
            .GroupBy(x => x.Word)
            .Where(g => g.Select(x => x.Agency).Distinct().Count() >= AgenciesForCommonWord)
            .Select(g => g.Key);
        var reflective = imr
            .Where(a => a.Attributes.Agency is null && Reflective().IsMatch(a.Text))
            .SelectMany(a => PlainForm().Matches(a.Text).Select(m => Stem(m.Value)));
        return shared.Concat(reflective).ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\breflective\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reflective();

    private static string Stem(string word) => word.ToLowerInvariant()[..Math.Min(word.Length, 7)];

    /// <summary>How a sentence goes on about the report just named: "It", "But it", "That response", "The author"; not "This report", the review itself.</summary>
    internal const string Anaphor = @"(?:(?:But|However|Yet|Instead),? )?(?:[Ii]t|Its|(?:The|That) (?:report|summary|account|submission|timeline|response|revised version|second version|supplementary report)|This (?:summary|account|submission|timeline|response|revised version|second version|supplementary report)|The author)";

    // "The police contribution to the review was limited": a contribution is any kind of report.
    [GeneratedRegex("^" + Anaphor + @"$|\b(?:were received|was provided|material came)\b|\bcontribution\b")]
    private static partial Regex Neutral();

    [GeneratedRegex(@"\b(?:short|shorter|brief|summar(?:y|ies)|responses?|answer(?:s|ed)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShortForm();

    /// <summary>Words for a report that are short forms unless the review calls every agency's report by them.</summary>
    [GeneratedRegex(@"\b(?:chronolog(?:y|ies)|timelines?|accounts?|letter|written report)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlainForm();
}
