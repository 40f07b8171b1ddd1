using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Imr;

/// <summary>
/// What kind of report an agency gave, read from the words of its references. A summary of contacts, a
/// chronology or a short response to the panel's questions is not a review of the agency's practice;
/// writers of reviews say so, and the rating of the police IMR follows them.
/// </summary>
public static partial class ReportForms
{
    /// <summary>
    /// Whether every reference that says what kind of report it is names a short form ("short summary
    /// report", "response to the panel's questions", "chronology"); anaphors ("It", "That report") and
    /// statements of receipt say nothing either way.
    /// </summary>
    public static bool ShortFormsOnly(IEnumerable<string> references)
    {
        var kinds = references.Where(t => !Neutral().IsMatch(t)).ToList();
        return kinds.Count > 0 && kinds.All(t => ShortForm().IsMatch(t));
    }

    /// <summary>How a sentence goes on about the report just named: "It", "But it", "That response", "The author"; not "This report", the review itself.</summary>
    internal const string Anaphor = @"(?:(?:But|However|Yet|Instead),? )?(?:[Ii]t|Its|(?:The|That) (?:report|summary|account|submission|timeline|response|revised version|second version|supplementary report)|This (?:summary|account|submission|timeline|response|revised version|second version|supplementary report)|The author)";

    [GeneratedRegex("^" + Anaphor + @"$|\b(?:were received|was provided|material came)\b")]
    private static partial Regex Neutral();

    [GeneratedRegex(@"\b(?:short|shorter|brief|summar(?:y|ies)|responses?|answer(?:s|ed)?|chronolog(?:y|ies)|timelines?|accounts?|letter|written report)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShortForm();
}
