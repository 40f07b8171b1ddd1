using System.Text;
using Ingest.Core.Documents;

namespace Ingest.Core.Text;

/// <summary>
/// Builds the cleaned text and its <see cref="OffsetMap"/> together, so that the two can never
/// drift apart: every appended character carries its origin.
/// </summary>
public sealed class TracedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly OffsetMap _map = new();
    private CharLocation _last = new(1, default, true);

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    public void AppendGlyph(string value, int page, PageBox box)
    {
        foreach (var ch in value)
        {
            _text.Append(ch);
            _last = new CharLocation(page, box, false);
            _map.Add(_last);
        }
    }

    /// <summary>Appends characters the cleaner made up (separators), located at the last glyph.</summary>
    public void AppendInserted(string value)
    {
        foreach (var ch in value)
        {
            _text.Append(ch);
            _map.Add(_last with { Inserted = true });
        }
    }

    public void SetPageForInserted(int page) => _last = _last with { Page = page };

    public bool EndsWith(char c) => _text.Length > 0 && _text[^1] == c;

    public void TrimEnd()
    {
        var n = 0;
        while (n < _text.Length && char.IsWhiteSpace(_text[_text.Length - 1 - n]))
        {
            n++;
        }

        Remove(_text.Length - n, n);
    }

    public void Remove(int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        _text.Remove(start, count);
        _map.RemoveRange(start, count);
    }

    public string Substring(int start, int length) => _text.ToString(start, length);

    public (string Text, OffsetMap Map) Build() => (_text.ToString(), _map);
}
