using System.Globalization;

namespace Ingest.Pdf.Ocr;

/// <summary>One word tesseract read, in image pixels (origin top-left), with its block, paragraph and line.</summary>
internal sealed record OcrWord(int Block, int Paragraph, int Line, int Left, int Top, int Width, int Height, double Confidence, string Text)
{
    public int Right => Left + Width;

    public int Bottom => Top + Height;
}

/// <summary>What tesseract read on one page image: the image size and the words in its reading order.</summary>
internal sealed record OcrImage(int Width, int Height, IReadOnlyList<OcrWord> Words);

/// <summary>
/// Reads tesseract's TSV output ("tesseract image stdout tsv"): a header, then one row per page (level
/// 1), block (2), paragraph (3), line (4) and word (5) with left, top, width, height in pixels, the
/// word confidence (0-100, -1 on rows that are not words) and the word's text.
/// </summary>
internal static class TesseractTsv
{
    private const int Columns = 12;

    public static OcrImage Parse(string tsv)
    {
        int width = 0, height = 0;
        var words = new List<OcrWord>();
        foreach (var raw in tsv.Split('\n'))
        {
            var row = raw.TrimEnd('\r');
            if (row.Length == 0 || row.StartsWith("level", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = row.Split('\t');
            if (cells.Length < Columns - 1 || !int.TryParse(cells[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level))
            {
                continue;
            }

            var n = new int[10];
            var ok = true;
            for (var i = 1; i < 10 && ok; i++)
            {
                ok = int.TryParse(cells[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out n[i]);
            }

            if (!ok)
            {
                continue;
            }

            if (level == 1)
            {
                width = Math.Max(width, n[6] + n[8]);
                height = Math.Max(height, n[7] + n[9]);
                continue;
            }

            var text = cells.Length >= Columns ? cells[11].Trim() : string.Empty;
            if (level != 5 || text.Length == 0 || n[8] <= 0 || n[9] <= 0
                || !double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence) || confidence < 0)
            {
                continue;
            }

            words.Add(new OcrWord(n[2], n[3], n[4], n[6], n[7], n[8], n[9], confidence, text));
        }

        if (width == 0 || height == 0)
        {
            width = Math.Max(width, words.Count == 0 ? 0 : words.Max(w => w.Right));
            height = Math.Max(height, words.Count == 0 ? 0 : words.Max(w => w.Bottom));
        }

        return new OcrImage(width, height, words);
    }
}
