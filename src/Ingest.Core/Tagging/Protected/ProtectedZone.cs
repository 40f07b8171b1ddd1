using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Protected;

/// <summary>
/// Where a review does its equality analysis: a section headed "Equality and Diversity" (or naming
/// diversity or protected characteristics), or a paragraph that says it considered the protected
/// characteristics or the Equality Act, or that lists the characteristics it considered ("Her age,
/// sex and race were considered by the review"). A characteristic named there is recorded; the same
/// word elsewhere ("aged 3", "a learning disability nurse") is a bare mention.
/// </summary>
internal static partial class ProtectedZone
{
    private static readonly string[] NotBody = ["contents", "glossary", "cover"];

    /// <summary>Parts that ask about or plan equality work rather than report it.</summary>
    private static readonly string[] NotAnalysis = ["contents", "glossary", "cover", "terms_of_reference", "recommendations", "action_plan"];

    /// <summary>For each sentence of the context, whether it lies in the equality analysis.</summary>
    public static bool[] Of(TaggingContext context, IReadOnlyList<string> sentences)
    {
        var zone = new bool[sentences.Count];
        var paragraphStart = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            if (i > 0 && context.Text.AsSpan(context.Sentences[i - 1].End, context.Sentences[i].Start - context.Sentences[i - 1].End).Contains("\n\n", StringComparison.Ordinal))
            {
                paragraphStart = i;
            }

            zone[i] |= InEqualitySection(context, context.Sentences[i].Start);
            if ((Mention().IsMatch(sentences[i]) || NamesWhatItConsidered(sentences[i])) && !NotAnalysis.Contains(context.SectionAt(context.Sentences[i].Start)?.Type))
            {
                // The whole paragraph that mentions the protected characteristics is analysis.
                var end = i;
                while (end + 1 < sentences.Count && !context.Text.AsSpan(context.Sentences[end].End, context.Sentences[end + 1].Start - context.Sentences[end].End).Contains("\n\n", StringComparison.Ordinal))
                {
                    end++;
                }

                for (var j = paragraphStart; j <= end; j++)
                {
                    zone[j] = true;
                }
            }
        }

        return zone;
    }

    /// <summary>
    /// Equality analysis that names what it weighed instead of saying "protected characteristics": a review's
    /// account of its own consideration ("were considered by the review", "We have considered ...") naming two
    /// or more characteristics. One alone ("The officer considered his age") is a decision, not an analysis.
    /// </summary>
    public static bool NamesWhatItConsidered(string sentence) =>
        ConsideredList().IsMatch(sentence)
        && ProtectedTerms.Find(sentence).Where(f => !f.Term.Descriptor).Select(f => f.Term.Characteristic).Distinct().Count() >= 2;

    private static bool InEqualitySection(TaggingContext context, int offset) =>
        context.Sections.Any(s => s.Start <= offset && offset < s.End && s.Heading is { } h && !NotBody.Contains(s.Type) && Heading().IsMatch(h));

    // A section headed for a person's identity, ethnicity or race ("Identity and difference", "Kai's
    // ethnicity and his ADHD", "Race, age and adultification") is equality analysis under another name.
    [GeneratedRegex(@"\bequalit(?:y|ies)\b|\bdiversity\b|\bprotected characteristics?\b|\bidentity\b|\bethnicity\b|\brace\b|\bracism\b", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\bprotected characteristics?\b|\bEquality Act\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();

    /// <summary>The review's own consideration, done (not "will consider", which plans it).</summary>
    [GeneratedRegex(@"\b(?:were|was|have been|has been|had been) (?:considered|taken into account|examined|explored)\b|\b(?:we|I|the review|the panel|the reviewers?|the author)(?: have| has| also)* (?:considered|examined|explored|looked at|took (?:into )?account of)\b|\btook into account\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConsideredList();
}
