using System.Text.RegularExpressions;
using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Cleaning;

/// <summary>
/// Finds footnote reference marks: digit (or * and †) glyphs much smaller than the letters around
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
            foreach (var g in word.Glyphs)
            {
                if (MarkGlyph().IsMatch(g.Value) && g.Size < size * 0.8 && g.Box.Bottom > baseline + (size * 0.2))
                {
                    marks.Add(g);
                }
            }
        }

        return marks;
    }

    [GeneratedRegex(@"^[0-9*†‡]+$")]
    private static partial Regex MarkGlyph();
}
