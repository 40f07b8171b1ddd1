using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Sections;

namespace Ingest.Ml.Sections;

/// <summary>
/// Turns a review's sections into <see cref="SectionTypeRow"/>s. Everything is computed from the text and
/// the headings and levels alone (the rules' types are recomputed here, not read from the stored
/// sections), so a row is the same whether or not the model has already re-typed the review.
/// </summary>
public static partial class SectionFeatures
{
    /// <summary>How many words of a section's body the model reads.</summary>
    public const int BodyWords = 40;

    /// <param name="classifier">The rules to set beside the model (the table as shipped when null).</param>
    public static IReadOnlyList<SectionTypeRow> Rows(string text, IReadOnlyList<Section> sections, string group = "", SectionTypeClassifier? classifier = null)
    {
        var rules = RuleTypes(sections, classifier);
        var rows = new List<SectionTypeRow>(sections.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            var s = sections[i];
            var heading = s.Heading ?? string.Empty;
            var parent = ParentOf(sections, i);
            var sibling = PreviousSiblingOf(sections, i, parent);
            var body = BodyOf(text, s);
            var context = new List<string>
            {
                $"level{s.Level}",
                HeadingText.IsNumbered(heading) ? "numbered" : "unnumbered",
                $"parent_{(parent >= 0 ? rules[parent].Type : "none")}",
                $"previous_{(sibling >= 0 ? rules[sibling].Type : "none")}",
                $"position{Math.Min(4, i * 5 / Math.Max(1, sections.Count))}",
                $"words{Math.Min(3, Words(HeadingText.WithoutNumber(heading)) / 3)}",
            };
            context.AddRange(BodyCues(body));
            rows.Add(new SectionTypeRow
            {
                Heading = HeadingText.WithoutNumber(heading).Trim(),
                Context = string.Join(' ', context),
                Body = string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(BodyWords)),
                Group = group,
                RuleType = rules[i].Type,
                RuleSpecific = rules[i].Specific,
            });
        }

        return rows;
    }

    /// <summary>
    /// The rules' type of every section, as the splitter gives it: the cover stays the cover, a heading a
    /// specific row names takes that type, any other takes a fallback row's type at the top or its
    /// parent's type under a chapter (never the cover's or the contents').
    /// </summary>
    public static IReadOnlyList<(string Type, bool Specific)> RuleTypes(IReadOnlyList<Section> sections, SectionTypeClassifier? classifier = null)
    {
        classifier ??= SectionTypeClassifier.Default;
        var types = new List<(string Type, bool Specific)>(sections.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            var s = sections[i];
            if (s.Type == "cover" || s.Heading is null)
            {
                types.Add((s.Type, true));
                continue;
            }

            var parent = ParentOf(sections, i);
            var inherited = parent >= 0 && types[parent].Type is not ("cover" or "contents") ? types[parent].Type : "other";
            var specific = classifier.Match(s.Heading, underChapter: true);
            types.Add(specific is not null ? (specific, true) : (classifier.Match(s.Heading, underChapter: inherited != "other") ?? inherited, false));
        }

        return types;
    }

    /// <summary>Cues a section's opening gives of its purpose: dated entries, recommending, terms of reference, method.</summary>
    public static IEnumerable<string> BodyCues(string body)
    {
        if (body.Length == 0)
        {
            yield return "body_empty";
            yield break;
        }

        if (DatedEntry().Count(body) >= 2)
        {
            yield return "body_dated";
        }

        if (Recommending().IsMatch(body))
        {
            yield return "body_recommends";
        }

        if (TermsOfReference().IsMatch(body))
        {
            yield return "body_terms";
        }

        if (Method().IsMatch(body))
        {
            yield return "body_method";
        }
    }

    private static int ParentOf(IReadOnlyList<Section> sections, int index)
    {
        for (var j = index - 1; j >= 0; j--)
        {
            if (sections[j].Level < sections[index].Level && sections[j].Type != "cover")
            {
                return j;
            }
        }

        return -1;
    }

    private static int PreviousSiblingOf(IReadOnlyList<Section> sections, int index, int parent)
    {
        for (var j = index - 1; j > parent; j--)
        {
            if (sections[j].Level == sections[index].Level && sections[j].Type != "cover")
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>The section's text after its heading, up to the next heading, at most 600 characters.</summary>
    private static string BodyOf(string text, Section s)
    {
        var start = Math.Clamp(s.HeadingEnd, 0, text.Length);
        var end = Math.Clamp(s.End, start, text.Length);
        return text[start..Math.Min(end, start + 600)].Trim();
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:19|20)\d{2}|\d{1,2}/\d{1,2}/(?:19|20)?\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DatedEntry();

    [GeneratedRegex(@"\b(?:should|must|recommend\w*|is asked to|are asked to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recommending();

    [GeneratedRegex(@"\b(?:terms of reference|key lines of enquiry|the scope|time ?frame|period (?:under|of the) review|was commissioned|asked the review)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TermsOfReference();

    [GeneratedRegex(@"\b(?:methodology|learning together|systems approach|practitioner (?:event|workshop)s?|chronolog(?:y|ies) (?:were|was) (?:requested|provided|submitted)|individual management reviews?|imrs? (?:were|was))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Method();
}
