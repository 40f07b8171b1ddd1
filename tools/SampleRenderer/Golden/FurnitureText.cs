using System.Globalization;
using SampleRenderer.Model;

namespace SampleRenderer.Golden;

/// <summary>Fills in the <c>{page}</c> and <c>{pages}</c> placeholders of a header or footer slot.</summary>
public static class FurnitureText
{
    public static string Fill(string slot, int page, int pages) =>
        slot.Replace("{page}", page.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{pages}", pages.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// Splits a slot into literal text and placeholders, for backends that print the numbers with
    /// their own fields (LibreOffice, Chromium) rather than as text.
    /// </summary>
    public static IEnumerable<(string Text, string? Field)> Pieces(string slot)
    {
        var rest = slot;
        while (rest.Length > 0)
        {
            var at = rest.IndexOf('{', StringComparison.Ordinal);
            var field = at < 0 ? null : FieldAt(rest, at);
            if (field is null)
            {
                var cut = at < 0 ? rest.Length : at + 1;
                yield return (rest[..cut], null);
                rest = rest[cut..];
                continue;
            }

            if (at > 0)
            {
                yield return (rest[..at], null);
            }

            yield return ("", field);
            rest = rest[(at + field.Length + 2)..];
        }
    }

    private static string? FieldAt(string s, int at)
    {
        foreach (var name in new[] { "page", "pages" })
        {
            if (s.AsSpan(at).StartsWith("{" + name + "}"))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The furniture lines of one page: header slots then footer slots, left to right.</summary>
    public static IEnumerable<string> PageLines(FrontMatter front, int page, int pages) =>
        front.Header.Slots().Concat(front.Footer.Slots()).Select(s => Fill(s, page, pages));
}
