using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Practice;

/// <summary>
/// Scores each sentence of a document for one practice label: the bias plus the weights of the rows of
/// practice-phrases.tsv that match the sentence, its neighbours in the same paragraph and its section,
/// turned into a probability by the logistic function.
/// </summary>
internal sealed partial class PracticeScorer
{
    /// <summary>Section types whose place in the review is not in doubt (CONTRACT §5).</summary>
    private static readonly HashSet<string> BodyTypes = new(StringComparer.Ordinal)
    {
        "good_practice", "findings", "analysis", "conclusions", "lessons_learned", "chronology", "background", "executive_summary",
        "recommendations", "action_plan",
    };

    private readonly PracticePhrases _phrases;
    private readonly string[] _texts;
    private readonly int[] _paragraphs;
    private readonly string?[] _sectionTypes;
    private readonly PracticeEcho _echo;
    private readonly Dictionary<PracticeRule, List<int>> _anchors = [];
    private readonly Dictionary<string, bool[]> _cleared = new(StringComparer.Ordinal);

    /// <summary>Whether a neighbour or paragraph row's pattern holds for sentence j, worked out once: each sentence is asked for every neighbour and both labels.</summary>
    private readonly Dictionary<PracticeRule, bool?[]> _holds = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Where a cue row matches sentence i (-1: nowhere; null: not yet asked), worked out once: Cleared scores every
    /// sentence on its cue rows, then Score asks the same rows again for the sentence being judged.
    /// </summary>
    private readonly Dictionary<PracticeRule, int?[]> _cueAt = new(ReferenceEqualityComparer.Instance);

    public PracticeScorer(TaggingContext context, PracticePhrases phrases)
    {
        _phrases = phrases;
        _texts = context.Sentences.Select(s => Collapse(context.SentenceText(s))).ToArray();
        _paragraphs = ParagraphNumbers(context);
        _sectionTypes = context.Sentences.Select(s => SectionType(context, phrases, s.Start)).ToArray();
        _echo = new PracticeEcho(_texts);
    }

    /// <summary>The sentence with its whitespace collapsed, as the patterns expect it.</summary>
    public string Text(int i) => _texts[i];

    public bool SameParagraph(int i, int j) => j >= 0 && j < _texts.Length && _paragraphs[i] == _paragraphs[j];

    /// <summary>The number of the paragraph sentence i lies in (counted from 0 at the text's start).</summary>
    public int Paragraph(int i) => _paragraphs[i];

    /// <summary>
    /// Headings, table cells and fragments are no sentences to judge: a sentence ends with a full stop and has four words,
    /// or two if it denies something ("Nobody replied.", "It was not."): a finding's short last word, which no heading is.
    /// A contents entry ("7.1 Nobody saw the whole house . . . . 12") ends in a dot leader, which is no full stop.
    /// In a good practice section an item of a list that ends with a semicolon ("the detective constable's disclosure
    /// visit and safety plan;") is one of the practices it names, as the gold files mark it (s17, s69).
    /// </summary>
    public bool IsCandidate(int i)
    {
        var ends = SentenceEnd().IsMatch(_texts[i]) || (_sectionTypes[i] == "good_practice" && ListItemEnd().IsMatch(_texts[i]));
        if (!ends || DotLeader().IsMatch(_texts[i]))
        {
            return false;
        }

        var words = LeadingNumber().Replace(_texts[i], string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words >= 4 || (words >= 2 && ShortDenial().IsMatch(_texts[i]));
    }

    /// <summary>The probability of the label and where in the sentence its strongest positive cue starts (-1: none).</summary>
    public (double Probability, int CueAt) Score(int i, string label)
    {
        var score = 0.0;
        var cueAt = -1;
        var strongest = 0.0;
        foreach (var rule in _phrases.Scored(label))
        {
            var at = MatchAt(rule, i);
            if (at < 0)
            {
                continue;
            }

            score += rule.Weight;
            if (rule.Kind == "cue" && rule.Weight > strongest)
            {
                strongest = rule.Weight;
                cueAt = at;
            }
        }

        return (Probability(score), cueAt);
    }

    private static double Probability(double score) => 1 / (1 + Math.Exp(-score));

    /// <summary>The scored rows of a label that hold for sentence i (the features the cue fitter learns weights for).</summary>
    public IEnumerable<PracticeRule> Matching(int i, string label) => _phrases.Scored(label).Where(rule => MatchAt(rule, i) >= 0);

    /// <summary>Where the rule matches for sentence i (0 for rows that hold for the whole sentence), or -1.</summary>
    private int MatchAt(PracticeRule rule, int i) => rule.Kind switch
    {
        "bias" => 0,
        "section" => _sectionTypes[i] is { } type && rule.Sections.Contains(type) ? 0 : -1,
        "cue" => CueAt(rule, i),
        "next" => Neighbour(rule, i, i + 1),
        "prev" => Neighbour(rule, i, i - 1),
        "para" => ParagraphHas(rule, i),
        "echo" => _echo.Echoes(i, Anchors(rule), SameParagraph) ? 0 : -1,
        "near" => Near(rule, i),
        "lead" => Lead(rule, i),
        _ => -1,
    };

    /// <summary>The sentences an echo row retells: those in its sections or matching its pattern.</summary>
    private List<int> Anchors(PracticeRule rule)
    {
        if (!_anchors.TryGetValue(rule, out var anchors))
        {
            anchors = Enumerable.Range(0, _texts.Length)
                .Where(j => (_sectionTypes[j] is { } type && rule.Sections.Contains(type)) || rule.Pattern!.IsMatch(_texts[j]))
                .ToList();
            _anchors[rule] = anchors;
        }

        return anchors;
    }

    /// <summary>A near row holds where the sentence matches its pattern (if it has one) and a neighbour clears the label.</summary>
    private int Near(PracticeRule rule, int i)
    {
        if (rule.Pattern is { } pattern && !pattern.IsMatch(_texts[i]))
        {
            return -1;
        }

        var cleared = Cleared(rule.Label);
        return Beside(cleared, i, i - 1) || Beside(cleared, i, i + 1) ? 0 : -1;
    }

    /// <summary>
    /// A lead row holds where the sentence is not the first of its paragraph, the first clears the label on its own
    /// rows, and the sentence matches the pattern (if the row has one): a paragraph that opens with the review's
    /// verdict ("PC 2's response was exemplary.") goes on to tell the practice it means in plain words.
    /// </summary>
    private int Lead(PracticeRule rule, int i)
    {
        if (rule.Pattern is { } pattern && !pattern.IsMatch(_texts[i]))
        {
            return -1;
        }

        var first = i;
        while (SameParagraph(i, first - 1))
        {
            first--;
        }

        return first < i && Cleared(rule.Label)[first] ? 0 : -1;
    }

    private bool Beside(bool[] cleared, int i, int j) => SameParagraph(i, j) && cleared[j];

    /// <summary>
    /// Which sentences clear the label's threshold on their own cues (every row but the "near" and "lead" ones, which
    /// read this): a finding often runs over two or three sentences, and only one of them carries the verdict's words.
    /// </summary>
    private bool[] Cleared(string label)
    {
        if (!_cleared.TryGetValue(label, out var cleared))
        {
            var rows = _phrases.Scored(label).Where(r => r.Kind is not ("near" or "lead")).ToList();
            var threshold = _phrases.Threshold(label);
            cleared = Enumerable.Range(0, _texts.Length)
                .Select(i => IsCandidate(i) && Probability(rows.Where(r => MatchAt(r, i) >= 0).Sum(r => r.Weight)) >= threshold)
                .ToArray();
            _cleared[label] = cleared;
        }

        return cleared;
    }

    private int CueAt(PracticeRule rule, int i)
    {
        if (!_cueAt.TryGetValue(rule, out var at))
        {
            at = new int?[_texts.Length];
            _cueAt[rule] = at;
        }

        return at[i] ??= rule.Pattern!.Match(_texts[i]) is { Success: true } m ? m.Index : -1;
    }

    private int Neighbour(PracticeRule rule, int i, int j) => SameParagraph(i, j) && Holds(rule, j) ? 0 : -1;

    private bool Holds(PracticeRule rule, int j)
    {
        if (!_holds.TryGetValue(rule, out var holds))
        {
            holds = new bool?[_texts.Length];
            _holds[rule] = holds;
        }

        return holds[j] ??= rule.Pattern!.IsMatch(_texts[j]);
    }

    private int ParagraphHas(PracticeRule rule, int i)
    {
        for (var j = i - 1; SameParagraph(i, j); j--)
        {
            if (Holds(rule, j))
            {
                return 0;
            }
        }

        for (var j = i + 1; SameParagraph(i, j); j++)
        {
            if (Holds(rule, j))
            {
                return 0;
            }
        }

        return -1;
    }

    /// <summary>
    /// The type of the section a sentence lies in; where the classifier put it outside the body of the
    /// review, a heading that says what the section holds ("What went well") decides instead.
    /// </summary>
    private static string? SectionType(TaggingContext context, PracticePhrases phrases, int offset)
    {
        var type = context.SectionAt(offset)?.Type;
        if (type is not null && BodyTypes.Contains(type))
        {
            return type;
        }

        var headings = context.Sections.Where(s => s.Start <= offset && offset < s.End && s.Heading is not null).Reverse().Select(s => s.Heading!);
        return headings.SelectMany(h => phrases.Headings.Where(r => r.Pattern!.IsMatch(h)).Select(r => r.Label)).FirstOrDefault() ?? type;
    }

    /// <summary>Paragraphs end at a blank line (as the sentence splitter has it); sentences are numbered by paragraph.</summary>
    private static int[] ParagraphNumbers(TaggingContext context)
    {
        var numbers = new int[context.Sentences.Count];
        var paragraph = 0;
        for (var i = 1; i < numbers.Length; i++)
        {
            var gap = context.Text.AsSpan(context.Sentences[i - 1].End, context.Sentences[i].Start - context.Sentences[i - 1].End);
            paragraph += gap.Contains("\n\n", StringComparison.Ordinal) ? 1 : 0;
            numbers[i] = paragraph;
        }

        return numbers;
    }

    private static string Collapse(string s) => Whitespace().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[.!?][""'”’)\]]*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@";$")]
    private static partial Regex ListItemEnd();

    [GeneratedRegex(@"\b(?:not|no|nobody|none|never|neither|nothing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShortDenial();

    [GeneratedRegex(@"\. \. \.")]
    private static partial Regex DotLeader();

    [GeneratedRegex(@"^[\d.•]+\s*")]
    private static partial Regex LeadingNumber();
}
