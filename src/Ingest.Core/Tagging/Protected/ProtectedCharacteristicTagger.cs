using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Tagging.Protected;

/// <summary>
/// Tags the words that record a protected characteristic (Equality Act 2010: age, disability, gender
/// reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex,
/// sexual orientation), and the statements that they were considered or withheld. A characteristic is
/// recorded where the review's equality analysis (ProtectedZone) names it, or where a sentence elsewhere
/// asks whether it affected the services; a bare mention ("aged 3", "sexual abuse", "Disability Living
/// Allowance") outside that analysis is not. In a clause that dismisses characteristics ("no evidence
/// that race or religion affected ...", "were not known and were not explored", "withheld") only a
/// person's own descriptor counts ("as a widower").
/// </summary>
public sealed partial class ProtectedCharacteristicTagger : ITagger
{
    public string Producer => "protected-tagger@1";

    public IReadOnlyList<Annotation> Tag(TaggingContext context)
    {
        var sentences = context.Sentences.Select(context.SentenceText).ToList();
        var zone = ProtectedZone.Of(context, sentences);
        var annotations = new List<Annotation>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var span = context.Sentences[i];
            var sentence = sentences[i];
            if (!SentenceEnd().IsMatch(sentence) || sentence.TrimEnd().EndsWith('?'))
            {
                continue; // headings, list labels and questions (terms of reference) record nothing
            }

            if (Withheld().IsMatch(sentence))
            {
                annotations.Add(Statement(context, span, "withheld", 0.9));
                continue;
            }

            if (zone[i] && (Considered().IsMatch(sentence) || ProtectedZone.NamesWhatItConsidered(sentence)))
            {
                annotations.Add(Statement(context, span, "considered", 0.9));
            }

            var introduces = IntroducingSections.Contains(context.SectionAt(span.Start)?.Type);
            foreach (var (start, end, characteristic, confidence) in Records(sentence, zone[i], introduces))
            {
                var attributes = new AnnotationAttributes { Characteristic = characteristic };
                annotations.Add(AnnotationFactory.Rule(context.Text, Labels.ProtectedCharacteristic, span.Start + start, span.Start + end, attributes, confidence, Producer));
            }
        }

        return annotations;
    }

    /// <summary>
    /// The parts where a review introduces the people it is about. A person's age or ethnic origin stated there ("Ms L was 31
    /// when Child T died", "a white British man") records it, as the later tuned writers (s55 on) and CONTRACT §6's "recorded"
    /// read it; the early writers (s04-s42) did not count an age (session 25: 16 reviews gain, 12 lose; session 26: 11 gain
    /// race, none wrongly). Any other descriptor outside the equality analysis, a "learning disability nurse", records nothing.
    /// </summary>
    private static readonly HashSet<string?> IntroducingSections = ["cover", "executive_summary", "introduction", "background"];

    /// <summary>The characteristic words a sentence records, clause by clause.</summary>
    private static IEnumerable<(int Start, int End, string Characteristic, double Confidence)> Records(string sentence, bool inZone, bool introduces)
    {
        foreach (var (clause, offset) in Clauses(sentence))
        {
            var dismissed = Dismissal().IsMatch(clause);
            var analysed = inZone || Analysis().IsMatch(clause);
            foreach (var (term, start, end) in ProtectedTerms.Find(clause))
            {
                var stated = introduces && !dismissed && StatesOfPerson(term, clause, start, end);
                if (stated || Analysed(term, inZone, analysed, dismissed))
                {
                    yield return (offset + start, offset + end, term.Characteristic, inZone ? (term.Descriptor ? 0.8 : 0.85) : stated && !analysed ? 0.6 : 0.7);
                }
            }
        }
    }

    /// <summary>
    /// What a review states of a person where it introduces them: an age ("a man of 67", "was 31 when"), or an ethnic
    /// origin ("Danny was a white British man", "Mr P was White British and ...", "a family of Pakistani heritage", s108,
    /// s112, s125, s128). An origin only after "is/was a" or before a person or "heritage", so "a Welsh Government grant"
    /// states no one's race.
    /// </summary>
    private static bool StatesOfPerson(ProtectedTerms.Term term, string clause, int start, int end) => term switch
    {
        { Descriptor: true, Characteristic: "age" } => true,
        { Descriptor: true, Characteristic: "race" } => PersonIs().IsMatch(clause.AsSpan(0, start)) || OriginOfPerson().IsMatch(clause.AsSpan(end)),
        _ => false,
    };

    [GeneratedRegex(@"\b(?:is|was|are|were)(?: both)? (?:an? |of )?$", RegexOptions.IgnoreCase)]
    private static partial Regex PersonIs();

    [GeneratedRegex(@"^ (?:man|woman|boy|girl|child|baby|person|adult|family|mother|father|couple|men|women|heritage|origin|descent)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OriginOfPerson();

    /// <summary>
    /// A term the equality analysis records: in the equality section a descriptor or a category noun, elsewhere only a
    /// category noun in a clause that asks whether it mattered ("whether his ethnicity affected"); in a dismissal only a
    /// person's own descriptor.
    /// </summary>
    private static bool Analysed(ProtectedTerms.Term term, bool inZone, bool analysed, bool dismissed) =>
        analysed && (term.Descriptor ? inZone : !dismissed);

    /// <summary>A sentence's clauses: split at semicolons and at "but", "although", "however", "whereas".</summary>
    private static IEnumerable<(string Clause, int Offset)> Clauses(string sentence)
    {
        var start = 0;
        foreach (Match m in ClauseBreak().Matches(sentence))
        {
            yield return (sentence[start..m.Index], start);
            start = m.Index;
        }

        yield return (sentence[start..], start);
    }

    private static Annotation Statement(TaggingContext context, Text.SentenceSpan span, string characteristic, double confidence) =>
        AnnotationFactory.Rule(context.Text, Labels.ProtectedCharacteristic, span.Start, span.End, new AnnotationAttributes { Characteristic = characteristic }, confidence, "protected-tagger@1");

    [GeneratedRegex(@"[.!?][""'”’)\]]*\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@";|,?\s+\b(?:but|although|though|however|whereas|except)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    /// <summary>A clause that sets characteristics aside: found irrelevant, unknown, unrecorded or withheld.</summary>
    [GeneratedRegex(@"\bno evidence\b|\bno indication\b|\bnot known\b|\bnot explored\b|\bwithheld\b|\bnot (?:been )?recorded\b|\bnot stated\b|\bomission\b|\bdid not include\b|\bnot (?:been )?able to (?:consider|test|assess)\b|\bimpossible to (?:assess|say)\b|\bdid not (?:identify|find)\b|\bnot (?:considered )?relevant\b|\bnot (?:itself )?a protected characteristic\b", RegexOptions.IgnoreCase)]
    private static partial Regex Dismissal();

    /// <summary>Equality analysis outside the equality section: whether a characteristic affected or was relevant.</summary>
    [GeneratedRegex(@"\b(?:affected|influenced|was relevant|were relevant|discriminat\w*|adultification|unconscious bias|protected characteristics?|Equality Act)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Analysis();

    /// <summary>"Details of the family's ethnicity ... have been withheld to prevent identification."</summary>
    [GeneratedRegex(@"\b(?:withheld|not (?:be |been )?(?:published|disclosed|included)|redacted|omitted)\b(?=[^.]*\b(?:identif\w*|anonymi\w*|privacy|family's (?:request|wishes))\b)|\b(?:to prevent|to avoid|would risk|could lead to) (?:the )?identification\b[^.]*\b(?:withheld|not (?:been )?(?:published|included|given|disclosed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Withheld();

    /// <summary>"The review considered all nine protected characteristics."</summary>
    [GeneratedRegex(@"\b(?:considered|considers|examined|reviewed|looked at|took account of|had regard to)\b[^.]*\bprotected characteristics?\b|\bprotected characteristics?\b[^.]*\b(?:were|was|have been) (?:considered|examined)\b|\ball nine\b", RegexOptions.IgnoreCase)]
    private static partial Regex Considered();
}
