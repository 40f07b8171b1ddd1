namespace Ingest.Pdf.Cleaning;

/// <summary>
/// Turns the glyph values PDFs produce into the characters a reader sees: ligatures expanded,
/// private-use and dingbat bullets unified to "•", exotic spaces and invisible marks dropped.
/// </summary>
public static class GlyphNormaliser
{
    private static readonly Dictionary<char, string> Replacements = new()
    {
        ['\uFB00'] = "ff",
        ['\uFB01'] = "fi",
        ['\uFB02'] = "fl",
        ['\uFB03'] = "ffi",
        ['\uFB04'] = "ffl",
        ['\uFB05'] = "ft",
        ['\uFB06'] = "st",
        ['\uF0B7'] = "•", // Symbol-font bullet from Word exports
        ['\uF0A7'] = "•", // Wingdings square bullet
        ['\uF076'] = "•",
        ['\uF0D8'] = "•",
        ['\u25CF'] = "•",
        ['\u25AA'] = "•",
        ['\u25E6'] = "•",
        ['\u2023'] = "•",
        ['\u2043'] = "•",
        ['\u2219'] = "•",
        ['\u2212'] = "-",
    };

    /// <summary>Returns the normalised value, or the empty string for glyphs that carry no text.</summary>
    public static string Normalise(string value)
    {
        if (value.Length == 1)
        {
            var c = value[0];
            if (Replacements.TryGetValue(c, out var r))
            {
                return r;
            }

            return IsInvisible(c) ? string.Empty : value;
        }

        var sb = new System.Text.StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (Replacements.TryGetValue(c, out var r))
            {
                sb.Append(r);
            }
            else if (!IsInvisible(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Whitespace of any kind (NBSP, thin, ideographic) and zero-width marks: spacing comes from geometry.</summary>
    public static bool IsInvisible(char c) =>
        char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\0' || char.IsControl(c);
}
