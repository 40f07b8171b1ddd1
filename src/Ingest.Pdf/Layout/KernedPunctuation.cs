using Ingest.Core.Documents;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Puts back a full stop or comma that the word extractor cut off a word because it was kerned under
/// the last letter's overhang ("IV." and "Mr V," read as "IV ." and "Mr V ,"). A real word space is
/// never negative: punctuation that starts before the word on its left ends belongs to that word.
/// </summary>
internal static class KernedPunctuation
{
    /// <param name="words">One line's words, left to right.</param>
    public static List<LayoutWord> Rejoin(List<LayoutWord> words)
    {
        for (var i = words.Count - 1; i > 0; i--)
        {
            var (before, piece) = (words[i - 1], words[i]);
            if (IsPunctuation(piece.Text) && piece.Box.Left < before.Box.Right && piece.Box.Right > before.Box.Right
                && Math.Abs(piece.Size - before.Size) < 0.6)
            {
                words[i - 1] = new LayoutWord(before.Glyphs.Concat(piece.Glyphs).ToList(), PageBox.Union(before.Box, piece.Box));
                words.RemoveAt(i);
            }
        }

        return words;
    }

    private static bool IsPunctuation(string text) => text.Length is > 0 and <= 2 && text.All(c => c is '.' or ',' or ';' or ':');
}
