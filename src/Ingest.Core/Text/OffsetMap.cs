using System.IO.Compression;
using Ingest.Core.Documents;

namespace Ingest.Core.Text;

/// <summary>Where one character of the cleaned text came from.</summary>
/// <param name="Page">1-based page number.</param>
/// <param name="Box">The glyph's box; for a character the cleaner inserted (a space or line break
/// between words), the box of the glyph before it.</param>
/// <param name="Inserted">True for characters that are not glyphs of the PDF.</param>
public readonly record struct CharLocation(int Page, PageBox Box, bool Inserted);

/// <summary>
/// Maps every UTF-16 offset of the cleaned text back to its page and glyph box. Stored per
/// character because cleaning (ligatures, hyphen repair, reordering) breaks any simple run
/// structure; compressed when persisted.
/// </summary>
public sealed class OffsetMap
{
    private readonly List<CharLocation> _chars;

    public OffsetMap() => _chars = [];

    private OffsetMap(List<CharLocation> chars) => _chars = chars;

    public int Count => _chars.Count;

    public CharLocation this[int offset] => _chars[offset];

    public void Add(CharLocation location) => _chars.Add(location);

    public void RemoveRange(int start, int count) => _chars.RemoveRange(start, count);

    public void Insert(int offset, CharLocation location) => _chars.Insert(offset, location);

    /// <summary>The pages and union boxes covered by a span of text, for highlighting evidence.</summary>
    public IReadOnlyList<(int Page, PageBox Box)> BoxesFor(int start, int end)
    {
        var result = new List<(int Page, PageBox Box)>();
        for (var i = Math.Max(0, start); i < Math.Min(end, _chars.Count); i++)
        {
            var c = _chars[i];
            if (c.Inserted)
            {
                continue;
            }

            if (result.Count > 0 && result[^1].Page == c.Page && SameLine(result[^1].Box, c.Box))
            {
                result[^1] = (c.Page, PageBox.Union(result[^1].Box, c.Box));
            }
            else
            {
                result.Add((c.Page, c.Box));
            }
        }

        return result;
    }

    private static bool SameLine(PageBox a, PageBox b) =>
        Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom) > 0.5f * Math.Min(a.Top - a.Bottom, b.Top - b.Bottom);

    /// <summary>
    /// The map, gzipped. The 18 bytes of each character are laid out in a plain buffer first and compressed in one
    /// write: written straight into the GZipStream, each of a character's five fields was its own call into the
    /// native compressor, about 1.5% of a run's CPU over the samples.
    /// </summary>
    public byte[] Serialize()
    {
        var raw = new MemoryStream(sizeof(int) + (_chars.Count * RecordBytes));
        using (var writer = new BinaryWriter(raw, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(_chars.Count);
            foreach (var c in _chars)
            {
                writer.Write((short)(c.Inserted ? -c.Page : c.Page));
                writer.Write(c.Box.Left);
                writer.Write(c.Box.Bottom);
                writer.Write(c.Box.Right);
                writer.Write(c.Box.Top);
            }
        }

        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(raw.GetBuffer(), 0, (int)raw.Length);
        }

        return buffer.ToArray();
    }

    /// <summary>A character's record: its page (short) and the four floats of its box.</summary>
    private const int RecordBytes = sizeof(short) + (4 * sizeof(float));

    public static OffsetMap Deserialize(byte[] data)
    {
        using var zip = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var reader = new BinaryReader(zip);
        var count = reader.ReadInt32();
        var chars = new List<CharLocation>(count);
        for (var i = 0; i < count; i++)
        {
            var page = reader.ReadInt16();
            var box = new PageBox(reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle(), reader.ReadSingle());
            chars.Add(new CharLocation(Math.Abs((int)page), box, page < 0));
        }

        return new OffsetMap(chars);
    }
}
