using System.Text.RegularExpressions;
using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Cleaning;

/// <summary>
/// Finds footnote reference marks: digit (or *, † or a single letter) glyphs much smaller than the letters around
/// them and raised above their baseline. Judged against the line's own size, not the body size, so
/// that notes in small-font documents are still found.
/// </summary>
internal static partial class SuperscriptMarks
{
    public static HashSet<Glyph> Find(LayoutLine line)
    {
        var marks = new HashSet<Glyph>(ReferenceEqualityComparer.Instance as IEqualityComparer<Glyph>);
        var size = line.Size;
        var normal = line.Words.SelectMany(w => w.Glyphs).Where(g => g.Size >= size * 0.9).Select(g => (double)g.Box.Bottom).Order().ToList();
        if (normal.Count == 0)
        {
            return marks;
        }

        var baseline = normal[normal.Count / 2];
        foreach (var word in line.Words)
        {
            var glyphs = word.Glyphs.ToList();
            for (var i = 0; i < glyphs.Count; i++)
            {
                var g = glyphs[i];
                if (!Raised(g, size, baseline))
                {
                    continue;
                }

                // A lettered note ("report^a") is one raised letter; two raised letters are an
                // ordinal's suffix ("4th") and not a mark.
                var lone = (i == 0 || !Raised(glyphs[i - 1], size, baseline)) && (i == glyphs.Count - 1 || !Raised(glyphs[i + 1], size, baseline));
                if (MarkGlyph().IsMatch(g.Value) || (lone && LetterMark().IsMatch(g.Value)))
                {
                    marks.Add(g);
                }
            }
        }

        return marks;
    }

    /// <summary>The mark a word carries, its marked glyphs as one value ("12" for a raised 1 and 2), or "" for none.</summary>
    public static string MarkOf(LayoutWord word, HashSet<Glyph> marks) => string.Concat(word.Glyphs.Where(marks.Contains).Select(g => g.Value));

    private static bool Raised(Glyph g, double size, double baseline) => g.Size < size * 0.8 && g.Box.Bottom > baseline + (size * 0.2);

    [GeneratedRegex(@"^[0-9*†‡]+$")]
    private static partial Regex MarkGlyph();

    [GeneratedRegex(@"^[a-z]$")]
    private static partial Regex LetterMark();
}
