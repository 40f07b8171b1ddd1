using System.Globalization;
using System.Text;

namespace Ingest.Pdf.Ocr;

/// <summary>
/// Whitens isolated specks of a scanned page (dust, scanner noise) in the grey PGM pdftoppm writes,
/// before tesseract sees it: tesseract reads a speck beside a word as a stray ".", ":" or "-", which
/// breaks the sentence for every later stage. A speck is a group of dark pixels, touching no other,
/// no wider and no taller than <c>maxSize</c> pixels; full stops and the dots of i are several times
/// that at the resolutions used for OCR.
/// </summary>
internal static class Despeckler
{
    private const byte Dark = 160;

    /// <summary>Cleans the file in place; returns how many specks were whitened (0 for a file it does not read).</summary>
    public static int Clean(string pgmPath, int maxSize)
    {
        var data = File.ReadAllBytes(pgmPath);
        if (maxSize < 1 || !TryHeader(data, out var width, out var height, out var offset) || (long)width * height > data.Length - offset)
        {
            return 0;
        }

        var pixels = data.AsSpan(offset, width * height);
        var seen = new bool[pixels.Length];
        var stack = new Stack<int>();
        var specks = 0;
        for (var start = 0; start < pixels.Length; start++)
        {
            if (seen[start] || pixels[start] >= Dark)
            {
                continue;
            }

            // Flood the 8-connected group of dark pixels; stop collecting once it is too big to be a speck.
            var small = true;
            int left = start % width, right = left, top = start / width, bottom = top;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                int x = p % width, y = p / width;
                if (small)
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                    small = right - left < maxSize && bottom - top < maxSize;
                }

                for (var dy = -1; dy <= 1; dy++)
                {
                    var ny = y + dy;
                    if (ny < 0 || ny >= height)
                    {
                        continue;
                    }

                    for (var dx = -1; dx <= 1; dx++)
                    {
                        var nx = x + dx;
                        var n = (ny * width) + nx;
                        if (nx >= 0 && nx < width && !seen[n] && pixels[n] < Dark)
                        {
                            seen[n] = true;
                            stack.Push(n);
                        }
                    }
                }
            }

            if (!small)
            {
                continue;
            }

            // Whiten the speck and its grey rim (no dark pixel of another group touches it, by construction).
            for (var y = Math.Max(0, top - 1); y <= Math.Min(height - 1, bottom + 1); y++)
            {
                for (var x = Math.Max(0, left - 1); x <= Math.Min(width - 1, right + 1); x++)
                {
                    pixels[(y * width) + x] = 255;
                }
            }

            specks++;
        }

        if (specks > 0)
        {
            File.WriteAllBytes(pgmPath, data);
        }

        return specks;
    }

    /// <summary>Reads a binary 8-bit PGM header ("P5 width height 255" and one whitespace byte).</summary>
    private static bool TryHeader(byte[] data, out int width, out int height, out int offset)
    {
        width = height = offset = 0;
        var fields = new List<string>(4);
        var pos = 0;
        while (fields.Count < 4 && pos < data.Length)
        {
            if (char.IsWhiteSpace((char)data[pos]))
            {
                pos++;
                continue;
            }

            if (data[pos] == '#')
            {
                while (pos < data.Length && data[pos] != '\n')
                {
                    pos++;
                }

                continue;
            }

            var begin = pos;
            while (pos < data.Length && !char.IsWhiteSpace((char)data[pos]))
            {
                pos++;
            }

            fields.Add(Encoding.ASCII.GetString(data, begin, pos - begin));
        }

        offset = pos + 1;
        return fields.Count == 4
            && fields[0] == "P5"
            && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out width)
            && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out height)
            && fields[3] == "255"
            && width > 0 && height > 0;
    }
}
