using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Tagging.Practice;

/// <summary>
/// Key practice episode tables whose columns say what each cell is: "What happened | What went well | What could
/// have been better | Learning" (s96). The cleaned text gives such a table as its header cells, one short paragraph
/// each, then its cells row by row, one paragraph a cell; so the n-th paragraph after a header of k cells sits in
/// column n mod k. A cell under "What went well" describes good practice and one under "What could have been better"
/// a missed opportunity, however plainly it is worded ("The officer ran PNC and local checks on Jordan."). Read only
/// where the paragraphs fill whole rows, so an empty or split cell, which would shift every column after it, leaves
/// the table to the cues.
/// </summary>
internal static partial class PracticeColumns
{
    /// <summary>For each sentence that lies in a labelled column, that column's label.</summary>
    public static IReadOnlyDictionary<int, string> Find(TaggingContext context, PracticeScorer scorer)
    {
        var found = new Dictionary<int, string>();
        var paragraphs = Paragraphs(context, scorer);
        var headingStarts = context.Sections.Select(s => s.Start).ToHashSet();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (Header(context.Text, paragraphs, i, headingStarts) is not var (taken, columns))
            {
                continue;
            }

            var first = i + taken;
            var end = first;
            while (end < paragraphs.Count && !headingStarts.Contains(paragraphs[end].Start) && Header(context.Text, paragraphs, end, headingStarts) is null)
            {
                end++;
            }

            var cells = end - first;
            if (cells > 0 && cells % columns.Count == 0)
            {
                for (var p = first; p < end; p++)
                {
                    if (columns[(p - first) % columns.Count] is { } label)
                    {
                        for (var sentence = paragraphs[p].FirstSentence; sentence <= paragraphs[p].LastSentence; sentence++)
                        {
                            found[sentence] = label;
                        }
                    }
                }
            }

            i = end - 1;
        }

        return found;
    }

    /// <summary>
    /// The header starting at paragraph i: how many paragraphs it takes, and its cells' labels (null for a column that is
    /// neither), or null. Extraction may set a header row's cells as one line or several ("What happened What went well",
    /// "What could have been better", "Learning"), so the header is the run of short paragraphs that reads as column names
    /// from end to end. A heading (the episode's own title above the table) is not one of its cells.
    /// </summary>
    private static (int Paragraphs, List<string?> Columns)? Header(string text, List<Cell> paragraphs, int i, HashSet<int> headingStarts)
    {
        var names = new List<string>();
        var j = i;
        for (; j < paragraphs.Count && !headingStarts.Contains(paragraphs[j].Start); j++)
        {
            var cell = text[paragraphs[j].Start..paragraphs[j].End].Trim();
            if (!ColumnNames().IsMatch(cell))
            {
                break;
            }

            names.AddRange(ColumnName().Matches(cell).Select(m => m.Value));
        }

        var columns = names.Select(n => WentWell().IsMatch(n) ? Labels.GoodPractice : CouldBeBetter().IsMatch(n) ? Labels.MissedOpportunity : null).ToList();
        return columns.Count >= 3 && columns.Contains(Labels.GoodPractice) && columns.Contains(Labels.MissedOpportunity) ? (j - i, columns) : null;
    }

    /// <summary>The paragraphs as the scorer numbers them (a blank line ends one): their text span and their sentences.</summary>
    private static List<Cell> Paragraphs(TaggingContext context, PracticeScorer scorer)
    {
        var list = new List<Cell>();
        for (var i = 0; i < context.Sentences.Count; i++)
        {
            if (i > 0 && scorer.Paragraph(i) == scorer.Paragraph(i - 1))
            {
                list[^1] = list[^1] with { End = context.Sentences[i].End, LastSentence = i };
            }
            else
            {
                list.Add(new Cell(context.Sentences[i].Start, context.Sentences[i].End, i, i));
            }
        }

        return list;
    }

    /// <summary>A paragraph: a table cell or a header cell.</summary>
    private readonly record struct Cell(int Start, int End, int FirstSentence, int LastSentence);

    private const string Names = @"what happened|what went well|what worked(?: well)?|good practice|strengths|what helped|what could have (?:been|gone) better|what (?:did not|didn't) go (?:so )?well|what could have been done differently|missed opportunities|areas for (?:improvement|development)|what got in the way|what went less well|learning(?: points?)?|analysis|comments?|date|agency|events?|issues|impact|why it matters";

    /// <summary>A paragraph made only of column names, one or several.</summary>
    [GeneratedRegex(@"^(?i:(?:" + Names + @")\??)(?:\s+(?i:(?:" + Names + @")\??))*$")]
    private static partial Regex ColumnNames();

    [GeneratedRegex(@"(?i:" + Names + @")")]
    private static partial Regex ColumnName();

    [GeneratedRegex(@"^(?i:what went well|what worked(?: well)?|good practice|strengths|what helped)\??$")]
    private static partial Regex WentWell();

    [GeneratedRegex(@"^(?i:what could have (?:been|gone) better|what (?:did not|didn't) go (?:so )?well|what could have been done differently|missed opportunities|areas for (?:improvement|development)|what got in the way|what went less well)\??$")]
    private static partial Regex CouldBeBetter();
}
