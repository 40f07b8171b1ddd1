using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Tagging.Agencies;
using Ingest.Core.Text;

namespace Ingest.Core.Tagging.Imr;

/// <summary>
/// Tags references to Individual Management Reviews and agency reports, with the agency whose review it
/// is (named just before the reference, "the police IMR", or after it, "the IMR from the GP practice")
/// and critique where the sentence says the review lists events without analysis.
/// </summary>
public sealed partial class ImrReferenceTagger : ITagger
{
    public string Producer => "imr-tagger@1";

    public IReadOnlyList<Annotation> Tag(TaggingContext context)
    {
        var text = context.Text;
        var annotations = new List<Annotation>();
        (int Paragraph, string? Agency, bool AuthorNamed, bool Plural, int Gap)? previous = null;
        LastReference? last = null;
        var named = new SectionAgencies(context);
        var vocabulary = ReportVocabulary.Learn(context.Sentences.Select(context.SentenceText));
        for (var i = 0; i < context.Sentences.Count; i++)
        {
            var sentence = context.Sentences[i];
            var s = context.SentenceText(sentence);
            // A contents line ("3.1 Individual Management Reviews........4") names a section, not a report.
            if (ContentsLine.Holds(text, sentence.Start, sentence.End))
            {
                previous = null;
                continue;
            }

            // A heading ("3.2 Agency reports", "The quality of the IMRs") names the part of the review about the
            // reports, not a report: the tuned gold marks 6 of 26 such headings. The section keeps its agency
            // (SectionAgencies reads the heading itself).
            if (IsHeading(context, sentence))
            {
                previous = null;
                continue;
            }

            var paragraph = text.LastIndexOf("\n\n", sentence.Start, StringComparison.Ordinal);
            var references = References(s, vocabulary);
            // Whether the sentence takes up the last report again, asked once: both branches below read it.
            var resumed = references.Count == 0 ? Resumed(context, i, s, last) : null;
            if (references.Count == 0 && previous is { } p && p.Paragraph == paragraph)
            {
                if (GoesOn(s, p.AuthorNamed, p.Plural) is { Success: true } it)
                {
                    // "It drew on interviews with five officers ...": the sentence goes on about the report just named.
                    var attributes = new AnnotationAttributes { Agency = p.Agency, Critique = Critique().IsMatch(s) ? true : null };
                    annotations.Add(AnnotationFactory.Rule(text, Labels.ImrReference, sentence.Start + it.Index, sentence.Start + it.Index + it.Length, attributes, 0.6, Producer));
                    previous = p with { Gap = 0 };
                    last = last is { } l ? l with { Index = i } : null;
                    continue;
                }

                // "The police IMR is long. The analysis occupies a page. It concludes that ...": one sentence on
                // what the report contains does not end the talk about it (new writers, s63-s74).
                if (p.Gap < MaxGap && resumed is null)
                {
                    previous = p with { Gap = p.Gap + 1 };
                    continue;
                }
            }

            // "The summary explains why this happened." opening a later paragraph of the same section: the
            // report the section was about, not a new one (fit s01-s62: 6 such sentences missed).
            if (resumed is { } taken)
            {
                var attributes = new AnnotationAttributes { Agency = taken.Agency, Critique = Critique().IsMatch(s) ? true : null };
                annotations.Add(AnnotationFactory.Rule(text, Labels.ImrReference, sentence.Start + taken.Match.Index, sentence.Start + taken.Match.Index + taken.Match.Length, attributes, 0.6, Producer));
                previous = (paragraph, taken.Agency, false, false, 0);
                last = new LastReference(context.SectionAt(sentence.Start), i, taken.Agency, last?.Text ?? taken.Match.Value);
                continue;
            }

            previous = null;
            // "X was unable to provide an IMR": a reference, but not to a review X gave.
            var absent = Absent().IsMatch(s);
            string? sentenceAgency = null;
            foreach (var m in references)
            {
                var critique = CritiqueOf(s, m);
                var start = sentence.Start + m.Index;
                var end = start + m.Length;
                var agency = absent ? null
                    : AgencyOf(s, m) is { } own ? named.Remember(sentence.Start, own)
                    : Singular(m.Value) && !OfSeveral().IsMatch(s[(m.Index + m.Length)..]) && !NamedOwner().IsMatch(s[..m.Index]) ? named.Inherited(sentence.Start)
                    : null;
                var attributes = new AnnotationAttributes { Agency = agency, Critique = critique };
                annotations.Add(AnnotationFactory.Rule(text, Labels.ImrReference, start, end, attributes, agency is null ? 0.8 : 0.9, Producer));
                // "The Adult Social Care IMR is a thorough document. It concludes ...": a later word of the same
                // sentence with no agency of its own ("document") leaves the agency the sentence named (session 20).
                sentenceAgency ??= agency;
                // "Children's Services' timeline" is one agency's account, not a set that "Both are ..." could go on about
                // (a timeline or chronology with no owner may be the set; fit s60 once the apostrophe alone named an owner).
                var plural = !Singular(m.Value) && (m.Value.EndsWith('s') || agency is null);
                previous = (paragraph, agency ?? sentenceAgency, AuthorNamed().IsMatch(s), plural, 0);
                last = new LastReference(context.SectionAt(sentence.Start), i, agency, m.Value);
            }
        }

        foreach (var (start, end, agency, inferred) in ContributorList.Find(context))
        {
            if (!ContributorList.Covered(annotations, start, end))
            {
                annotations.Add(AnnotationFactory.Rule(text, Labels.ImrContributor, start, end, new AnnotationAttributes { Agency = agency }, inferred ? ImrInventory.InferredConfidence : 0.7, Producer));
            }
        }

        return annotations.OrderBy(a => a.Start).ToList();
    }

    /// <summary>
    /// The references of a sentence: the words for an agency report, and the everyday ones ("the ICB's
    /// report", "the report from the GP practice", "the Trust's internal review", "a short report") where
    /// an agency is named right by them, since "the social worker's report" on its own is not one. Where
    /// the review has said what the agencies gave ("Agencies provided timelines"), that statement and
    /// each agency's own ("the housing timeline") are references too.
    /// </summary>
    private static List<Match> References(string sentence, ReportVocabulary vocabulary)
    {
        var found = Reference().Matches(sentence).Where(m => !CaseDocument(sentence, m)).ToList();
        // The Board's or the partnership's report is the review itself, not an agency's.
        // "the hub attaches a summary of previous contacts": an agency a verb away from "a summary" is not its
        // owner, so "the report from X", "a summary by X" need X after them, or X to give it ("X provided a summary").
        // "The GP's report to the coroner", "the IDVA's report to the MARAC", "the coroner's report": a report made to
        // another body in the case, not the agency's account to this review (session 20 probes).
        AddUnlessOverlapping(found, AgencyReport().Matches(sentence).Where(m => !CaseDocument(sentence, m) && AgencyOf(sentence, m, !ArticleForm().IsMatch(m.Value)) is { } agency && agency is not ("partnership" or "national")));
        AddUnlessOverlapping(found, Judged().Matches(sentence));
        AddUnlessOverlapping(found, Gathered().Matches(sentence));
        // Only the owner and the addressee for these: "provided an information report about Child H's nursery place" is one (fit s45).
        AddUnlessOverlapping(found, General().Matches(sentence).Where(m => !CaseDocument(sentence, m, false)));
        AddUnlessOverlapping(found, ContributorList.ListedNouns(sentence));
        AddUnlessOverlapping(found, ReportVocabulary.Statements(sentence));
        AddUnlessOverlapping(found, ReportVocabulary.Merges(sentence));
        // The learned pattern is built per review and interpreted, so it is run once a sentence, not once for each use below.
        var uses = vocabulary.Uses(sentence).ToList();
        AddUnlessOverlapping(found, uses.Where(u => !CaseDocument(sentence, u.Use) && OwnerOf(sentence, u.Use, u.Said) is { } agency && agency is not ("partnership" or "national")).Select(u => u.Use));
        AddUnlessOverlapping(found, uses.Where(u => u.Said && !CaseDocument(sentence, u.Use) && Qualified(u.Use.Value) && Definite().IsMatch(sentence[..u.Use.Index])).Select(u => u.Use));
        return found.OrderBy(m => m.Index).ToList();
    }

    /// <summary>
    /// A report of the case rather than to the review: "the GP's report to the coroner", "the IDVA's report to the
    /// MARAC", "the coroner's report", "the police report of the assault", "a police report was made" (session 20
    /// probes; none of these is an IMR sentence in s01-s87), a council's submission to the court, the family's
    /// submission to the panel, "the officer who took the report" (s90). Only the everyday words are checked: "the IMR was sent to the coroner" is still the IMR.
    /// </summary>
    private static bool CaseDocument(string sentence, Match m, bool ofAnEvent = true)
    {
        if (!ReportWord().IsMatch(m.Value))
        {
            return false;
        }

        var after = sentence[(m.Index + m.Length)..];
        var before = sentence[..m.Index];
        return ToAnotherBody().IsMatch(after) || (ofAnEvent && CaseReportAfter().IsMatch(after)) || NotAnAgency().IsMatch(before) || TakenBefore().IsMatch(before);
    }

    private static void AddUnlessOverlapping(List<Match> found, IEnumerable<Match> candidates)
    {
        foreach (var m in candidates)
        {
            if (!found.Any(f => f.Index < m.Index + m.Length && m.Index < f.Index + f.Length))
            {
                found.Add(m);
            }
        }
    }

    /// <summary>
    /// A critique close to the reference: "The police IMR was largely descriptive". Far on in a long
    /// sentence ("The IMR author found that ... the DASH questions did not reflect ...") the words are
    /// about something the report found, not about the report.
    /// </summary>
    private static bool? CritiqueOf(string sentence, Match reference)
    {
        var end = reference.Index + reference.Length;
        return Critique().Matches(sentence).Any(c => c.Index < reference.Index || c.Index - end <= CritiqueReach) ? true : null;
    }

    private const int CritiqueReach = 80;

    /// <summary>Sentences in a row, within a paragraph, that may say nothing of the report before one goes on about it again.</summary>
    private const int MaxGap = 1;

    /// <summary>"The IMR", "the agency report": one report, not the set, so it can be an agency's already named.</summary>
    private static bool Singular(string reference) =>
        !reference.EndsWith('s') && !reference.Contains("chronolog", StringComparison.OrdinalIgnoreCase) && !reference.Contains("timeline", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The agency whose report a learned word is: named right before it ("the housing timeline", "the
    /// care home's account") or just after "from"/"by". Looser than AgencyOf, whose dozen characters
    /// would make "the call handler graded the report" the police's report.
    /// </summary>
    private static string? OwnerOf(string sentence, Match use, bool said)
    {
        var before = sentence[Math.Max(0, use.Index - 60)..use.Index];
        var agencies = AgencyGazetteer.Default.Find(before);
        var gap = agencies.Count > 0 ? before[agencies[^1].End..] : null;
        // A word the review did not say its agencies gave needs the agency right before it ("the Probation Service report").
        return gap is not null && (said ? Adjoining() : Attached()).IsMatch(gap) ? agencies[^1].Agency
            : said && After().IsMatch(sentence[(use.Index + use.Length)..]) ? AgencyOf(sentence, use)
            : null;
    }

    /// <summary>The agency named in the few words before the reference, else just after "from"/"by"/"of".</summary>
    private static string? AgencyOf(string sentence, Match reference) => AgencyOf(sentence, reference, true);

    /// <summary>As above; not <paramref name="loose"/>, an agency before the reference must own it or give it ("X's", "X provided").</summary>
    private static string? AgencyOf(string sentence, Match reference, bool loose)
    {
        // "The police analysis explains ...": the reference names its agency itself. Not so for "the police
        // chronology" or "timeline": a list of contacts is not the agency's review of its practice.
        // "The police report accepts ...", "the force's report", "the police summary": named the same way (fit s01-s62:
        // 50 such references had no agency, so a review that calls the police IMR "the police report" seemed to have none).
        // "The force's submission": the article before the reference is part of the agency's name (session 20 probes).
        var head = sentence.AsSpan(0, reference.Index).EndsWith("the ", StringComparison.OrdinalIgnoreCase) ? "the " : "";
        if (!ListOfContacts().IsMatch(reference.Value) && AgencyGazetteer.Default.Find(head + reference.Value) is [var own, ..] && own.Start <= MaxSubjectOffset)
        {
            return own.Agency;
        }

        var preceding = sentence[Math.Max(0, reference.Index - 60)..reference.Index];
        var beforeAgencies = AgencyGazetteer.Default.Find(preceding);
        // "Adult Social Care, Ravensholt Council (chronology and reflective report)": a list line's agency opens it.
        if (beforeAgencies.Count > 0 && preceding.EndsWith('(') && sentence.AsSpan(reference.Index + reference.Length).TrimEnd().SequenceEqual(")"))
        {
            return beforeAgencies[0].Agency;
        }

        if (beforeAgencies.Count > 0 && (loose ? preceding.Length - beforeAgencies[^1].End <= 12 : Adjoining().IsMatch(preceding[beforeAgencies[^1].End..])))
        {
            return beforeAgencies[^1].Agency;
        }

        var after = sentence[(reference.Index + reference.Length)..Math.Min(sentence.Length, reference.Index + reference.Length + 60)];
        var from = After().Match(after);
        if (from.Success)
        {
            var afterAgencies = AgencyGazetteer.Default.Find(after[from.Index..]);
            if (afterAgencies.Count > 0 && afterAgencies[0].Start <= from.Length + 12)
            {
                return afterAgencies[0].Agency;
            }
        }

        // "Little Acorns Day Nursery, which the child attended, provided a brief IMR": the one agency that is the
        // subject of the sentence gave it.
        return ProvidedBy().Match(sentence[..reference.Index]) is { Success: true } provided
            && AgencyGazetteer.Default.AgenciesIn(provided.Groups["subject"].Value) is [var subject]
            ? subject
            : null;
    }

    /// <summary>
    /// The sentence goes on about the report(s) just named: it opens with an anaphor ("she" where the
    /// report's author was named, "Each is summarised below" after a set of reports), judges "the reports"
    /// further on, or goes on about the report mid-way ("the report accepts", "the panel has drawn on it").
    /// </summary>
    /// <summary>As <see cref="GoesOnAnyhow"/>, but not a report of the case ("the officer who took the report", s90): the same test as a named reference's.</summary>
    private static Match GoesOn(string sentence, bool authorNamed, bool plural)
    {
        var m = GoesOnAnyhow(sentence, authorNamed, plural);
        return m.Success && CaseDocument(sentence, m) ? Match.Empty : m;
    }

    private static Match GoesOnAnyhow(string sentence, bool authorNamed, bool plural) =>
        Anaphor().Match(sentence) is { Success: true } it && !Expletive().IsMatch(sentence) && !ItsOther().IsMatch(sentence) ? it
        : authorNamed && AuthorPronoun().Match(sentence) is { Success: true } author ? author
        : plural && SetAnaphor().Match(sentence) is { Success: true } set ? set
        : ReportsJudged().Match(sentence) is { Success: true } judged ? judged
        : FollowOn().Match(sentence) is { Success: true } on && !(on.Value.StartsWith("it ", StringComparison.Ordinal) && ReviewSubject().IsMatch(sentence)) ? on
        : Match.Empty;

    /// <summary>"short report", "reflective summary": a qualified kind of the reports the review said its agencies gave.</summary>
    private static bool Qualified(string use) => use.Contains(' ', StringComparison.Ordinal);

    private static bool IsHeading(TaggingContext context, SentenceSpan sentence) =>
        context.Sections.Any(s => s.Heading is not null && s.Start <= sentence.Start && sentence.End <= s.HeadingEnd);
}
