using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// Tags each recommendation a review makes, wherever and however it is written: numbered, lettered
/// (R3, SA1, MA2) and bulleted lists, tables written cell by cell, several lists per review, and "It is
/// recommended that ..." sentences inside paragraphs. The span is the recommendation's own text, without
/// its label; attributes are the label as printed and the agencies it is for (CONTRACT §3, §5). The cover,
/// contents page, glossary and letters about the review (the Home Office panel's) are never read; an
/// action plan row counts only where it states a recommendation the review has not already made, or one
/// it made only in passing in its analysis ("It is recommended that ...", see <see cref="RecommendationSet"/>).
/// </summary>
public sealed partial class RecommendationTagger : ITagger
{
    private static readonly HashSet<string> Unread = new(StringComparer.Ordinal) { "cover", "contents", "glossary" };

    public string Producer => "recommendation-tagger@1";

    public IReadOnlyList<Annotation> Tag(TaggingContext context)
    {
        var finder = ReviewAgencies.For(context);
        var candidates = FromLists(context, finder).ToList();
        candidates.AddRange(InlineRecommendations.Find(context, finder, at => IsUnread(context.SectionAt(at)))
            .Select(s => new Candidate(s.Start, s.End, s.Number, AgencyResolver.Resolve(context.Text[s.Start..s.End], finder, null, []), 0.85, false, Inline: true)));
        return RecommendationSet.Distinct(context.Text, candidates, at => IsUnread(context.SectionAt(at)))
            .Select(c => AnnotationFactory.Rule(context.Text, Labels.Recommendation, c.Start, c.End, new AnnotationAttributes { Number = c.Number, Agencies = c.Agencies }, c.Confidence, Producer))
            .ToList();
    }

    private static IEnumerable<Candidate> FromLists(TaggingContext context, AgencyFinder finder)
    {
        // Every region is read before any item is judged: a table cut by a column break finishes a row's agency cell later on.
        var reader = new ListReader(context.Text, finder);
        var read = Regions(context).Select(r => (Region: r, Items: reader.Read(r.From, r.To))).ToList();
        foreach (var ((from, to, kind, section), items) in read)
        {
            var fallback = Fallback(context.Text, from, to, section, finder);
            foreach (var item in items.SelectMany(i => LedItems.Split(i, context.Text, finder)))
            {
                if (Judge(item, kind, section, context, finder, fallback) is { } candidate)
                {
                    yield return candidate;
                }
            }
        }
    }

    private static Candidate? Judge(Item item, RegionKind kind, Section? section, TaggingContext context, AgencyFinder finder, IReadOnlyList<string> fallback)
    {
        var planned = kind == RegionKind.ActionPlan;
        if (ItemJudge.Confidence(item, kind, context.Text, finder) is { } confidence)
        {
            var body = context.Text[item.Start..item.End];
            // A question for the board is the board's to answer, about every agency it names ("How will the Partnership know
            // that Kestleigh Constabulary ...?": the partnership and the police), not only the one it opens with.
            var agencies = kind == RegionKind.Questions && ItemJudge.IsQuestion(body)
                ? finder.AgenciesIn(body).Prepend("partnership").Distinct().ToList()
                : AgencyResolver.Resolve(body, finder, item.Cell, item.Group ?? fallback, item.Led, item.Completes);
            return new Candidate(item.Start, item.End, item.Label?.Number ?? HeadingNumber(section), agencies, confidence, planned);
        }

        // A paragraph of "I recommend that ..." sentences is read sentence by sentence (InlineRecommendations), not as one item.
        if (kind == RegionKind.Recommendations && !InlineRecommendations.Holds(context.Text[item.Start..item.End])
            && ItemJudge.LaterDirective(item, context, finder) is var (start, number))
        {
            return new Candidate(start, item.End, number, AgencyResolver.Resolve(context.Text[start..item.End], finder, item.Cell, item.Group ?? fallback), 0.75, planned);
        }

        return null;
    }

    /// <summary>
    /// Who a recommendation is for when it names no one ("1. Review the threshold document"): the agency its
    /// section heading names ("Recommendations for Heddlu Bro Celyn"), else the one agency the section's
    /// opening words address ("The following recommendations are made to the Board").
    /// </summary>
    private static IReadOnlyList<string> Fallback(string text, int from, int to, Section? section, AgencyFinder finder)
    {
        if (section?.Heading is { } heading && finder.AgenciesIn(heading) is { Count: > 0 } named)
        {
            return named;
        }

        var opening = Paragraphs.Split(text, from, to).Take(3).Select(p => text[p.Start..p.End]).FirstOrDefault(p => p.Contains("recommend", StringComparison.OrdinalIgnoreCase));
        return opening is not null && finder.AgenciesIn(opening) is { Count: 1 } addressed ? addressed : [];
    }

    /// <summary>The stretches of text to read, each with its kind: the sections (bodies only), and any text no section covers.</summary>
    private static IEnumerable<(int From, int To, RegionKind Kind, Section? Section)> Regions(TaggingContext context)
    {
        var at = 0;
        var outer = new List<Section>();
        // A chapter typed as recommendations without saying so ("What happens next") may hold the board's next steps, not
        // recommendations: the questions stay the review's recommendations unless a chapter is headed as such.
        var asked = !context.Sections.Any(s => s.Type == "recommendations" && RecommendationHeading().IsMatch(s.Heading ?? string.Empty));
        foreach (var s in context.Sections.OrderBy(s => s.Start))
        {
            if (s.Start > at)
            {
                yield return (at, s.Start, RegionKind.Open, null);
            }

            outer.RemoveAll(o => o.Level >= s.Level);
            if (!IsUnread(s))
            {
                yield return (Math.Max(at, BodyStart(s)), s.End, KindOf(s, outer, asked), s);
            }

            outer.Add(s);

            at = Math.Max(at, s.End);
        }

        if (at < context.Text.Length)
        {
            yield return (at, context.Text.Length, RegionKind.Open, null);
        }
    }

    /// <summary>Where a section's text starts: after its heading, unless the heading is itself a recommendation set in bold ("Recommendation 1: The Board should ...").</summary>
    private static int BodyStart(Section s) =>
        s.Heading is { } h && Addressee.Obligation().IsMatch(h) ? s.Start : Math.Max(s.Start, s.HeadingEnd);

    private static bool IsUnread(Section? section) =>
        section is not null && (Unread.Contains(section.Type) || Letter().IsMatch(section.Heading ?? string.Empty));

    /// <summary>
    /// A sub-section of a recommendations chapter ("Theme 1: Missing children" under "10 Recommendations")
    /// holds recommendations too, whatever its own heading says; one typed as lessons or an action plan keeps its type.
    /// In a review that asks its board questions in place of recommendations (<paramref name="asked"/>), the questions' sections.
    /// </summary>
    private static RegionKind KindOf(Section section, IReadOnlyList<Section> outer, bool asked) =>
        asked && QuestionsHeading().IsMatch(section.Heading ?? string.Empty) ? RegionKind.Questions
        : section.Type == "recommendations" || RecommendationHeading().IsMatch(section.Heading ?? string.Empty) ? RegionKind.Recommendations
        : section.Type == "action_plan" ? RegionKind.ActionPlan
        : section.Type is "findings" or "other" && outer.Any(o => o.Type == "recommendations") ? RegionKind.Recommendations
        : RegionKind.Open;

    /// <summary>A section headed "Recommendation 3" (or "R3: Information sharing") numbers its one recommendation.</summary>
    private static string? HeadingNumber(Section? section) =>
        section?.Heading is { } h && NumberedHeading().Match(h) is { Success: true } m ? m.Groups["n"].Value : null;

    [GeneratedRegex(@"(?i)\brecommend")]
    private static partial Regex RecommendationHeading();

    /// <summary>
    /// "Questions for the Partnership", "Considerations for the SAB", the whole heading: where a review has no recommendations
    /// chapter, what it asks its board there are its recommendations (s84, s92). Reviews that also have one (s03, s14, s83)
    /// ask the board questions beside their recommendations, and the gold leaves those questions out; so does s51, whose
    /// "Questions for the partnership and what will happen next" each lead to the partners' numbered actions.
    /// </summary>
    [GeneratedRegex(@"(?i)^(?:[\d.]+\s+)?(?:questions|considerations|matters|issues) for (?:the )?(?:[\w'’]+ )?(?:board|partnership|partners|SAB|LSCP|LSCB|CSP|panel|safeguarding partners)\s*$")]
    private static partial Regex QuestionsHeading();

    [GeneratedRegex(@"^(?:Recommendation|Rec\.?)\s+(?<n>[A-Z]{0,3}\d{1,2}[a-z]?)\b")]
    private static partial Regex NumberedHeading();

    // A letter about the review (the Home Office Quality Assurance Panel's) asks things of the review's authors; they are not its recommendations.
    [GeneratedRegex(@"(?i)\bletter\b|\bquality assurance panel\b|\bfeedback\b")]
    private static partial Regex Letter();
}
