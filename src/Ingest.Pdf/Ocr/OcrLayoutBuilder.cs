using Ingest.Core.Documents;
using Ingest.Pdf.Cleaning;
using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Ocr;

/// <summary>One page image as tesseract read it, with the PDF page it came from (size in points).</summary>
internal sealed record OcrPageImage(int Number, float Width, float Height, OcrImage Image);

/// <summary>A page rebuilt from OCR, and the mean confidence (0-100) of its words; null when it had none.</summary>
internal sealed record OcrPage(LayoutPage Layout, double? MeanConfidence, int Words);

/// <summary>
/// Turns tesseract's words into the layout the cleaners read for PDF text: pixel boxes become PDF
/// points (origin bottom-left), each word gets one glyph per character spread evenly over its box,
/// tesseract's paragraphs become blocks, and a type size is estimated per line from the heights of its
/// words. The same cleaning (running headers and footers, paragraphs, hyphenation) then runs on it.
/// </summary>
internal static class OcrLayoutBuilder
{
    // Height of a word's ink as a share of the type size, by the letters it has (Times and Arial
    // measured: cap/ascender 0.66-0.73, x-height 0.45-0.52, descender 0.21).
    private const double AscentOnly = 0.70;
    private const double AscentAndDescent = 0.91;
    private const double XHeightOnly = 0.49;
    private const double XHeightAndDescent = 0.70;
    private const double Descent = 0.21;

    /// <summary>Lines whose estimated size is within this share of the body size are set at the body size.</summary>
    private const double BodyTolerance = 0.12;

    private const string Ascenders = "bdfhklt0123456789";
    private const string Descenders = "gjpqy";

    private sealed record Line(int Block, List<OcrWord> Words, double EmPixels);

    /// <param name="bodySize">The body size of the document's text-layer pages, where it has some; OCR sizes are scaled to it.</param>
    public static IReadOnlyList<OcrPage> Build(IReadOnlyList<OcrPageImage> images, double? bodySize)
    {
        var pages = images.Select(i => (Image: i, Lines: Lines(i.Image))).ToList();

        // One body size for all pages: the median estimate over every character read.
        var estimates = pages
            .SelectMany(p => p.Lines.Select(l => (Size: l.EmPixels * Scale(p.Image).Y, Weight: l.Words.Sum(w => w.Text.Length))))
            .Where(e => e.Size > 0)
            .OrderBy(e => e.Size)
            .ToList();
        var total = estimates.Sum(e => e.Weight);
        var median = 0.0;
        var seen = 0;
        foreach (var e in estimates)
        {
            seen += e.Weight;
            if (seen * 2 >= total)
            {
                median = e.Size;
                break;
            }
        }

        var target = bodySize is > 0 ? bodySize.Value : Math.Round(median * 2, MidpointRounding.AwayFromZero) / 2;
        var factor = median > 0 ? target / median : 1;
        return pages.Select(p => Page(p.Image, p.Lines, median, target, factor)).ToList();
    }

    private static (double X, double Y) Scale(OcrPageImage page) =>
        (page.Image.Width > 0 ? page.Width / (double)page.Image.Width : 1, page.Image.Height > 0 ? page.Height / (double)page.Image.Height : 1);

    /// <summary>The words grouped into tesseract's lines, noise specks dropped, each line's type size in pixels.</summary>
    private static List<Line> Lines(OcrImage image)
    {
        var lines = new List<Line>();
        var blockIds = new Dictionary<(int, int), int>();
        foreach (var group in image.Words.GroupBy(w => (w.Block, w.Paragraph, w.Line)))
        {
            var words = group.ToList();
            var lettered = words.Where(w => w.Text.Any(char.IsLetterOrDigit)).ToList();
            if (lettered.Count == 0)
            {
                continue; // a line of specks, rules or stray marks
            }

            var typical = Median(lettered.Select(w => (double)w.Height));
            words.RemoveAll(w => !w.Text.Any(char.IsLetterOrDigit) && w.Height < typical * 0.35);
            var em = Median(lettered.Select(EmPixels));
            var block = blockIds.TryGetValue((group.Key.Block, group.Key.Paragraph), out var id) ? id : blockIds[(group.Key.Block, group.Key.Paragraph)] = blockIds.Count;
            lines.Add(new Line(block, JoinCompounds(words, em), em));
        }

        return lines;
    }

    /// <summary>
    /// Tesseract often splits a hyphenated compound into two words ("fifteen-" "month") although the
    /// hyphen touches the next letter: words closer than a tenth of the type size are one word again.
    /// </summary>
    private static List<OcrWord> JoinCompounds(List<OcrWord> words, double em)
    {
        var joined = new List<OcrWord>(words.Count);
        foreach (var word in words)
        {
            if (joined.Count > 0
                && joined[^1] is { Text.Length: > 1 } previous
                && previous.Text[^1] is '-' or '\u2010'
                && char.IsLetterOrDigit(previous.Text[^2])
                && char.IsLetterOrDigit(word.Text[0])
                && word.Left - previous.Right < em * 0.1)
            {
                var top = Math.Min(previous.Top, word.Top);
                var length = previous.Text.Length + word.Text.Length;
                joined[^1] = previous with
                {
                    Top = top,
                    Width = word.Right - previous.Left,
                    Height = Math.Max(previous.Bottom, word.Bottom) - top,
                    Confidence = ((previous.Confidence * previous.Text.Length) + (word.Confidence * word.Text.Length)) / length,
                    Text = previous.Text + word.Text,
                };
                continue;
            }

            joined.Add(word);
        }

        return joined;
    }

    /// <summary>The type size a word's height suggests, given which of its letters rise and which descend.</summary>
    private static double EmPixels(OcrWord word)
    {
        var rises = word.Text.Any(c => char.IsUpper(c) || Ascenders.Contains(c, StringComparison.Ordinal));
        var descends = word.Text.Any(c => Descenders.Contains(c, StringComparison.Ordinal) || c is ',' or ';' or '(' or ')' or '[' or ']' or 'Q' or 'J');
        var share = (rises, descends) switch
        {
            (true, false) => AscentOnly,
            (true, true) => AscentAndDescent,
            (false, false) => XHeightOnly,
            (false, true) => XHeightAndDescent,
        };
        return word.Height / share;
    }

    private static OcrPage Page(OcrPageImage page, List<Line> lines, double median, double target, double factor)
    {
        var (sx, sy) = Scale(page);
        var layoutLines = new List<LayoutLine>(lines.Count);
        var confidences = new List<double>();
        foreach (var line in lines)
        {
            var raw = line.EmPixels * sy;
            var size = median > 0 && Math.Abs(raw - median) <= median * BodyTolerance
                ? target
                : Math.Max(1, Math.Round(raw * factor * 2, MidpointRounding.AwayFromZero) / 2);
            var words = new List<LayoutWord>(line.Words.Count);
            foreach (var w in line.Words)
            {
                var word = Word(page, w, sx, sy, size, line.EmPixels);
                if (word.Glyphs.Count > 0)
                {
                    words.Add(word);
                    confidences.Add(w.Confidence);
                }
            }

            if (words.Count == 0)
            {
                continue;
            }

            var box = words.Skip(1).Aggregate(words[0].Box, (b, w) => PageBox.Union(b, w.Box));
            layoutLines.Add(new LayoutLine(page.Number, line.Block, words, box));
        }

        var mean = confidences.Count == 0 ? (double?)null : Math.Round(confidences.Average(), 2);
        return new OcrPage(new LayoutPage(page.Number, page.Width, page.Height, layoutLines, [], ImageOnly: true), mean, confidences.Count);
    }

    /// <summary>A word in points, its glyphs spread evenly over its box and standing on its baseline (descenders excluded).</summary>
    private static LayoutWord Word(OcrPageImage page, OcrWord w, double sx, double sy, double size, double emPixels)
    {
        var left = Clamp(w.Left * sx, page.Width);
        var right = Clamp(w.Right * sx, page.Width);
        var top = Clamp(page.Height - (w.Top * sy), page.Height);
        var bottom = Clamp(page.Height - (w.Bottom * sy), page.Height);
        var descends = w.Text.Any(c => Descenders.Contains(c, StringComparison.Ordinal));
        var baseline = descends ? (float)Math.Min(top, bottom + (Descent * emPixels * sy)) : bottom;

        var values = new List<string>();
        foreach (var rune in w.Text.EnumerateRunes())
        {
            var value = GlyphNormaliser.Normalise(rune.ToString());
            if (value.Length > 0)
            {
                values.Add(value);
            }
        }

        var glyphs = new List<Glyph>(values.Count);
        var step = values.Count == 0 ? 0 : (right - left) / values.Count;
        for (var i = 0; i < values.Count; i++)
        {
            var x0 = left + (i * step);
            glyphs.Add(new Glyph(values[i], new PageBox(x0, baseline, x0 + step, top), size, Bold: false));
        }

        return new LayoutWord(glyphs, new PageBox(left, bottom, right, top));
    }

    private static float Clamp(double value, float max) => (float)Math.Clamp(value, 0, max);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
