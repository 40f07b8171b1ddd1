using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// Where a list item ends. The cleaned text breaks an item into paragraphs where a table cell wraps onto
/// its next line or a page or column break falls inside it; an item that has not ended its sentence reads
/// on into the next paragraph when that paragraph cannot be anything else.
/// </summary>
internal static partial class ItemEnds
{
    /// <summary>
    /// The item has not ended its sentence and the paragraph reads on from it: the item stops on a word that
    /// cannot end it ("... shared with", "information-"), or the paragraph starts in lower case, or it is the
    /// next line of a table cell (cellLine), or it reads on after a page break (<see cref="ReadsOn"/>).
    /// </summary>
    public static bool Continues(string item, string paragraph, bool cellLine, Func<string, bool> addressed)
    {
        var last = item.TrimEnd('"', '\'', '”', '’', ')');
        if (last.Length == 0 || last[^1] is '.' or '!' or '?' or ';' or ':')
        {
            return false;
        }

        return OpenEnd().IsMatch(last) || char.IsLower(paragraph[0]) || cellLine || ReadsOn(last, paragraph, addressed);
    }

    /// <summary>"Recommendation 1: Information sharing" above "The Board should ...": a short title, no sentence, asking nothing.</summary>
    public static bool IsTitle(string item) =>
        item.Split(' ').Length <= 10 && !Addressee.Obligation().IsMatch(item) && item.TrimEnd()[^1] is not ('.' or ';' or ':');

    /// <summary>
    /// A page break before a name or an acronym ("... review every standard" / "DASH grading where ..."):
    /// the item stopped on a lower-case word, and the paragraph opens with no usual sentence opener, is
    /// not addressed to anyone and ends a sentence.
    /// </summary>
    private static bool ReadsOn(string item, string paragraph, Func<string, bool> addressed)
    {
        var lastWord = LastWord().Match(item);
        var firstWord = FirstWord().Match(paragraph).Value;
        return lastWord.Success && char.IsLower(lastWord.Value[0]) && !Opener().IsMatch(firstWord)
            && paragraph.TrimEnd()[^1] is '.' or '!' or '?' && !addressed(paragraph);
    }

    [GeneratedRegex(@"[A-Za-z]+$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"^[\w'’]+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^(?:The|This|These|That|Those|There|It|Its|In|On|At|As|A|An|We|I|If|When|Where|While|Although|However|For|From|By|With|During|After|Before|Since|Each|All|Some|No|Our|Their|Her|His|She|He|They|One|Two|Three|Recommendation|Finding|Appendix|Section|Table|Figure|Part)$")]
    private static partial Regex Opener();

    [GeneratedRegex(@"(?:\b(?:the|a|an|of|and|or|to|for|with|by|in|on|at|from|that|its|their|should|must)|-)$")]
    private static partial Regex OpenEnd();
}
