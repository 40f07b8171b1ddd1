using System.Text;

namespace Ingest.Core.Export;

/// <summary>
/// Maps UTF-16 offsets (what C# strings and our annotations use) to Unicode code point offsets (what
/// brat and other Python tools count). A character outside the Basic Multilingual Plane is two UTF-16
/// code units but one code point, so every offset after one shifts by one.
/// </summary>
public sealed class CodePointIndex
{
    private readonly int[]? _codePoints;

    public CodePointIndex(string text)
    {
        // Most reviews hold no surrogate pair: then the offsets are the same and no table is needed.
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return;
        }

        _codePoints = new int[text.Length + 1];
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            _codePoints[i] = count;
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }

        _codePoints[text.Length] = count;
    }

    /// <summary>The code point offset of a UTF-16 offset (an offset inside a surrogate pair counts as its start).</summary>
    public int this[int utf16Offset] => _codePoints is null ? utf16Offset : _codePoints[utf16Offset];

    /// <summary>The number of code points of a string, for checks and tests.</summary>
    public static int Count(string text) => text.EnumerateRunes().Count();

    /// <summary>A string as an array of code points (runes), for slicing by code point offsets.</summary>
    public static Rune[] Runes(string text) => text.EnumerateRunes().ToArray();
}
