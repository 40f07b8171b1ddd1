using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Practice;

/// <summary>
/// Finds sentences that retell practice praised elsewhere in the review: a chronology entry ("The
/// custody sergeant identified that he had a learning disability ...") that shares at least three
/// content-word pairs with a sentence of a "good practice" section or one that calls something good
/// practice, in another paragraph. Reviews often judge in one place what they narrate in another.
/// </summary>
internal sealed partial class PracticeEcho
{
    private const int SharedPairs = 3;

    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "that", "this", "these", "those",
        "was", "were", "is", "are", "be", "been", "had", "has", "have", "he", "she", "his", "her", "him", "they", "them", "their",
        "it", "its", "as", "which", "who", "whom", "what", "when", "where", "why", "how", "not", "no", "but", "also", "after",
        "before", "then", "than", "there", "any", "all", "each", "both", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "about", "into", "over", "under", "up", "out", "only", "same", "first", "next",
    };

    private readonly HashSet<(string, string)>[] _pairs;

    public PracticeEcho(IReadOnlyList<string> sentences) => _pairs = sentences.Select(Pairs).ToArray();

    /// <summary>Whether sentence i shares enough word pairs with any anchor sentence outside its paragraph.</summary>
    public bool Echoes(int i, IEnumerable<int> anchors, Func<int, int, bool> sameParagraph) =>
        _pairs[i].Count > 0 && anchors.Any(j => !sameParagraph(i, j) && _pairs[i].Count(_pairs[j].Contains) >= SharedPairs);

    /// <summary>Consecutive pairs of the sentence's words once the function words are dropped.</summary>
    private static HashSet<(string, string)> Pairs(string sentence)
    {
        var words = Word().Matches(sentence.ToLowerInvariant()).Select(m => m.Value).Where(w => !Stopwords.Contains(w)).ToList();
        return words.Zip(words.Skip(1)).ToHashSet();
    }

    [GeneratedRegex(@"[a-z][a-z'-]+")]
    private static partial Regex Word();
}
