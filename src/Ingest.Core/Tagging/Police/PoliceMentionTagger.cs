using System.Reflection;
using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Metadata;

namespace Ingest.Core.Tagging.Police;

/// <summary>
/// Tags the words that name the police or a police role, unit, process, power or system
/// (Data/police-terms.tsv), and the forces (Data/police-forces.txt and force-name patterns). Terms that
/// have other meanings or name partnerships (MARAC, MASH, 999) count only in a sentence that names the
/// police in a sure way; a few (a bare "officer", the supervisor, the CPS, a search) count also in a paragraph
/// that has already named them.
/// </summary>
public sealed partial class PoliceMentionTagger : ITagger
{
    private static readonly IReadOnlyList<(string Category, bool Sure, bool InParagraph, Regex Pattern)> Terms = Load();

    public string Producer => "police-tagger@1";

    public IReadOnlyList<Annotation> Tag(TaggingContext context)
    {
        var text = context.Text;
        var forces = ForceGazetteer.Default.Find(text);
        var annotations = new List<Annotation>();
        // Paragraph starts are offsets of a blank line, -1 for the text's first paragraph; NoParagraph matches neither.
        const int NoParagraph = -2;
        var previousPoliceSubject = NoParagraph;
        var previousPoliceSentence = NoParagraph;
        var previousSubjectCategory = "role";
        var lastSureParagraph = NoParagraph;
        var policeHeadings = new Dictionary<Section, bool>();
        foreach (var sentence in context.Sentences)
        {
            if (ContentsLine.Holds(text, sentence.Start, sentence.End))
            {
                continue; // "4.3 The Police IMR........5" lists a chapter; the chapter itself is tagged where it stands
            }

            var s = context.SentenceText(sentence);
            var paragraph = text.LastIndexOf("\n\n", sentence.Start, StringComparison.Ordinal);
            var found = new List<Found>();
            foreach (var f in forces.Where(f => f.Start >= sentence.Start && f.End <= sentence.End))
            {
                found.Add(new Found(f.Start, f.End, "force", true, false, f.Force));
            }

            foreach (var (category, sure, inParagraph, pattern) in Terms)
            {
                foreach (Match m in pattern.Matches(s))
                {
                    found.Add(new Found(sentence.Start + m.Index, sentence.Start + m.Index + m.Length, category, sure, inParagraph, null));
                }
            }

            // "The officer submitted a report ..." or "The decision was not reviewed by a supervisor" in a
            // paragraph that has already named the police is about the police too: the words marked for the
            // paragraph count there, while partnerships (MARAC, the MASH) still need the police in their own sentence.
            if (lastSureParagraph == paragraph)
            {
                found = found.Select(f => !f.Sure && f.InParagraph ? f with { Sure = true } : f).ToList();
            }
            else if (UnderPoliceHeading(context, sentence.Start, policeHeadings))
            {
                // Under "15.1 Eastmarch Police" or "The police response" a MARAC referral, a strategy discussion or
                // a risk assessment is the police's: the heading names them for the whole section.
                // A partnership (MARAC, MAPPA, the MASH) still needs the police named in its own sentence (CONTRACT §3):
                // "The MARAC held on 19th December agreed an action for the IDVA" is the partnership's, not the force's.
                found = found.Select(f => f.Sure || Partnership().IsMatch(text[f.Start..f.End]) ? f : f with { Sure = true }).ToList();
            }

            if (!found.Any(f => f.Sure))
            {
                // "They found Adult D on the floor ..." or, after "The police agency report ...", "It was analytical
                // and candid.": a pronoun carrying on from a sentence whose subject was the police, in the same
                // paragraph, is police practice too, of the kind its subject was.
                if (previousPoliceSubject == paragraph && CarriedPronoun(s) is { } p)
                {
                    var attributes = new AnnotationAttributes { Category = previousSubjectCategory, Force = SingleForce(context) };
                    annotations.Add(AnnotationFactory.Rule(text, Labels.PoliceMention, sentence.Start + p.Index, sentence.Start + p.Index + p.Length, attributes, 0.55, Producer));
                    previousPoliceSentence = paragraph;
                }
                else if (previousPoliceSentence == paragraph && BackReference(s) is { } back)
                {
                    // "The referral did not mention the methadone.", "The log was closed." or "This was a missed
                    // opportunity." straight after a sentence about a police contact is about that contact.
                    var attributes = new AnnotationAttributes { Category = "process", Force = SingleForce(context) };
                    annotations.Add(AnnotationFactory.Rule(text, Labels.PoliceMention, sentence.Start + back.Index, sentence.Start + back.Index + back.Length, attributes, 0.5, Producer));
                    previousPoliceSubject = NoParagraph;
                }
                else
                {
                    previousPoliceSubject = NoParagraph;
                    previousPoliceSentence = NoParagraph;
                }

                continue;
            }

            lastSureParagraph = paragraph;
            previousPoliceSentence = paragraph;
            var subject = found.Where(f => f.Sure).MinBy(f => f.Start);
            previousPoliceSubject = subject.Start - sentence.Start <= SubjectReach(s) ? paragraph : NoParagraph;
            previousSubjectCategory = subject.Category;

            var force = found.FirstOrDefault(f => f.Force is not null).Force ?? SingleForce(context);
            foreach (var f in RemoveOverlaps(found))
            {
                var attributes = new AnnotationAttributes { Category = f.Category, Force = f.Force ?? force };
                annotations.Add(AnnotationFactory.Rule(text, Labels.PoliceMention, f.Start, f.End, attributes, f.Sure ? 0.9 : 0.7, Producer));
            }
        }

        return annotations;
    }

    /// <summary>Whether the sentence lies in a section (or a part of one) whose heading names the police.</summary>
    private static bool UnderPoliceHeading(TaggingContext context, int offset, Dictionary<Section, bool> cache)
    {
        foreach (var section in context.Sections.Where(s => s.Start <= offset && offset < s.End && s.Type is not ("recommendations" or "action_plan" or "glossary" or "contents")))
        {
            if (!cache.TryGetValue(section, out var police))
            {
                var heading = section.Heading ?? string.Empty;
                police = ForceGazetteer.Default.Find(heading).Count > 0 || Terms.Any(t => t.Sure && t.Pattern.IsMatch(heading));
                cache[section] = police;
            }

            if (police)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far into a sentence its subject can start (paragraph numbers and "On 4th May 2021 at 1430hrs" come first).</summary>
    private static int SubjectReach(string sentence) => LeadIn().Match(sentence).Length + 12;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s+)?(?:(?:On|At|In|By|During|Later|That|The same|The next)\b[^,]{0,60},?\s+)?")]
    private static partial Regex LeadIn();

    /// <summary>A multi-agency forum, which a police heading alone does not make the police's.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:MARAC|MAPPA|MATAC|MASH|[Mm]ulti-agency safeguarding hub)$")]
    private static partial Regex Partnership();

    // "She" carries an officer on only where she acts: "She was taken to hospital", "She had a bottle of vodka" and
    // "She died five days later" are about the person the officers met (tuned: 6 sentences not gold, 2 gold).
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s+)?(?:They|She(?! (?:was|had|died|would|left)\b)|Both officers|The officers?|Officers|Had they|It(?! is recommended)|Its|This(?! (?:review|report|section|chapter)\b))\b")]
    private static partial Regex Pronoun();

    /// <summary>The pronoun that carries a police subject on: "They found ..." or "Mr T spoke to them ...".</summary>
    private static Group? CarriedPronoun(string sentence) =>
        Pronoun().Match(sentence) is { Success: true } subject ? subject
        : ObjectPronoun().Match(sentence) is { Success: true } spokenTo ? spokenTo.Groups["them"]
        : null;

    /// <summary>"Mr T spoke to them through the door" after officers attended: the people spoken to are the officers.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s+)?[A-Z][\w'’]*(?: [A-Z][\w'’]*)?(?: \w+)? (?:spoke to|told|asked|let|showed|thanked|shouted at|swore at) (?<them>them)\b")]
    private static partial Regex ObjectPronoun();

    /// <summary>The words that point back to the sentence before: a record named again, or a judgement of what was done.</summary>
    private static Group? BackReference(string sentence) =>
        RecordNamedAgain().Match(sentence) is { Success: true } record ? record.Groups["ref"]
        : Judgement().Match(sentence) is { Success: true } judgement ? judgement.Groups["ref"]
        : Account().Match(sentence) is { Success: true } account && !OtherAgency().IsMatch(sentence) && !Afterwards().IsMatch(sentence) ? account.Groups["ref"]
        : Verdict().Match(sentence) is { Success: true } verdict && !OtherAgency().IsMatch(sentence) ? verdict.Groups["ref"]
        : null;

    /// <summary>"The panel thinks they could.", "The reviewers accept that the evidence was limited.": a short verdict of the
    /// review on the police practice the sentence before described (session 19, from the tuned follow-on misses). "The panel
    /// agrees." and "The review commends ..." are left out: the tuned gold marks them 1 in 5 after a police sentence.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s+)?(?:The (?:panel|review|reviewers?|overview author|author|lead reviewer)|We) (?:also )?(?<ref>thinks?|accepts?|believes?|does not doubt|do not doubt)\b[^.]{0,60}[.!]?$")]
    private static partial Regex Verdict();

    /// <summary>"Kerry said Daniel had grabbed her.", "Samina was not spoken to alone.", "Rosa was told by text message ...":
    /// straight after a sentence about a police contact, what a person said to, or was told or asked by, the attending
    /// officers is part of that contact (session 19: follow-on sentences the samples and real reviews both write). "Both were
    /// spoken to separately." or "The children were not seen." is who the officers met or did not (session 21 probes);
    /// "Both said ..." is left out, as the tuned gold leaves it out after a police sentence (s53).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s+)?(?:(?:(?:Both|Neither)(?: (?:parties|party|of them|adults|partners|parents))?|The (?:children|child|couple|victim|suspect|parents))(?= (?:was|were) (?:not |never )?(?:spoken to|seen)\b)|(?:(?:Mr|Mrs|Ms|Miss) )?(?!(?:It|This|That|These|Those|There|Practitioners|Professionals|Staff|Managers|Agencies|Everyone|Nobody|Both|Each|Neither)\b)(?:[A-Z][\w'’]+(?: [A-Z][\w'’]*)?|He|She|They))(?: (?:again|also|then|initially|later))? (?<ref>said|told (?:them|officers|the officers?)|(?:was|were) (?:not |never )?(?:spoken to|told|asked|seen alone|seen separately)|(?:was|were) (?:not|never) seen(?=[.,;]| by (?:officers|the officers?|police))|denied|admitted|declined|disclosed)\b(?!:)")]
    private static partial Regex Account();

    /// <summary>Another agency's practitioner named in the sentence: what was said was said to them, not to the attending officers.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:GP|doctor|nurse|health visitor|midwife|social worker|teacher|school|DSL|IDVA|ISVA|housing|probation|paramedics?|ambulance|hospital|clinic|therapist|counsellor|support worker|care worker|carers?|Adult Social Care|Children's (?:Social Care|Services))\b")]
    private static partial Regex OtherAgency();

    /// <summary>The review, a learning event, a later trial or a reflection ("would have"): said afterwards, not to the attending officers.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?i)\b(?:learning event|review(?:er|ers)?|panel|author|caseload|told us|would have|trial)\b")]
    private static partial Regex Afterwards();

    /// <summary>"This was a missed opportunity.", "It was a point at which ...", "With hindsight, ...".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s+)?(?:(?<ref>This|That|It|These|Each) (?:was|were|is|represented|marked)\b[^.]*\b(?:opportunit|point at which|chance)|(?<ref>With hindsight|In hindsight)\b)")]
    private static partial Regex Judgement();

    /// <summary>A record or contact named again at the start of the next sentence ("The notification ...", "Her referral ...",
    /// "The four reports ..."); a MARAC referral, the review's own report and an agency's report are not the police's, nor a
    /// notification another agency screened (s10, s56: the screening is that agency's practice).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s+)?(?!This report\b)(?<ref>(?:The|A|No|This|That|Each|Neither|Both|These|Those|Her|His|Their)(?: (?!(?:MARAC|overview|final|draft|agency|short|review|IMR)\b)\w+)? (?:call|calls|log|logs|report|reports|referral|referrals|notification|notifications|attendance|visit|notice|conditions|warrant|investigation|caller|incident|incidents))\b(?![^.]*\bscreened\b)")]
    private static partial Regex RecordNamedAgain();

    /// <summary>Where a review names one force only, every police mention is that force's.</summary>
    private static string? SingleForce(TaggingContext context) =>
        context.Metadata?.PoliceForces is { Count: 1 } forces ? forces[0].Value : null;

    /// <summary>The longest match wins where matches overlap ("police officers" over "police").</summary>
    private static IEnumerable<Found> RemoveOverlaps(List<Found> found)
    {
        var kept = new List<Found>();
        foreach (var f in found.OrderByDescending(f => f.End - f.Start).ThenBy(f => f.Start))
        {
            if (!kept.Any(k => f.Start < k.End && k.Start < f.End))
            {
                kept.Add(f);
            }
        }

        return kept.OrderBy(k => k.Start);
    }

    /// <summary>A term found in a sentence: sure, or counting only beside a sure one (in its sentence, or in a police paragraph).</summary>
    private readonly record struct Found(int Start, int End, string Category, bool Sure, bool InParagraph, string? Force);

    private static List<(string, bool, bool, Regex)> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Core.Data.police-terms.tsv")
            ?? throw new InvalidOperationException("police-terms.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var terms = new List<(string, bool, bool, Regex)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t', 3);
            // A role word with other meanings ("officer", "call handler") counts in a police paragraph, as the
            // "paragraph" kind does; other context terms (MARAC, 999) need the police in their own sentence.
            var inParagraph = parts[1] == "paragraph" || (parts[1] == "context" && parts[0] == "role");
            terms.Add((parts[0], parts[1] == "sure", inParagraph, new Regex(parts[2], RegexOptions.Compiled | RegexOptions.CultureInvariant)));
        }

        return terms;
    }
}
