using System.Globalization;
using System.Text.Json;
using Ingest.Core.Documents;
using Ingest.Core.Text;

namespace Ingest.Core.Export.Import;

/// <summary>One line of the JSONL export (CONTRACT §3) read back into a document, as far as the export holds it.</summary>
/// <param name="Source">The `source` field: where the original was taken from.</param>
public sealed record ImportedLine(IngestDocument Document, string Source);

/// <summary>
/// Reads one JSONL export line. What the export does not hold is left empty: page sizes and furniture,
/// the offset map, the evidence spans of metadata values (0-0, confidence 1). Everything the export
/// writes is read, so a document imported and exported again gives the same line. Bad input throws a
/// <see cref="FormatException"/> that says which field is wrong.
/// </summary>
public static class JsonlDocumentReader
{
    public static ImportedLine Read(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("the line is not a JSON object");
        }

        var id = Required(root, "id");
        var file = Required(root, "file");
        var text = Str(root, "text") ?? string.Empty;
        var metadata = ReadMetadata(root.GetProperty("metadata"));
        var extracted = new ExtractedText(text, ReadPages(root, text.Length), [], new OffsetMap(),
            new ExtractionFacts(metadata.Pages, 0, null, null, null, null, false, false));
        var document = new IngestDocument(id, file, new Provenance("import", Str(root, "source") ?? file, file, DateTimeOffset.UnixEpoch), ReadOnlyMemory<byte>.Empty)
        {
            Status = ReadStatus(root),
            Error = Str(root, "error"),
            Extracted = extracted,
            Metadata = metadata,
            Sections = Array(root, "sections").Select(s => ReadSection(s, text.Length)).ToList(),
            Annotations = Array(root, "annotations").Select(a => ReadAnnotation(a, text)).ToList(),
            Rating = JsonlRatingReader.ReadRating(root),
            Screening = JsonlRatingReader.ReadScreening(root),
        };
        return new ImportedLine(document, Str(root, "source") ?? file);
    }

    private static DocumentStatus ReadStatus(JsonElement root)
    {
        var status = Required(root, "status");
        try
        {
            return DocumentStatusNames.FromWire(status);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new FormatException($"status '{status}' is not one of ingested, failed, needs_ocr, processing");
        }
    }

    private static ReviewMetadata ReadMetadata(JsonElement m)
    {
        var dates = m.TryGetProperty("dates", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        return new ReviewMetadata(
            Array(m, "review_type").Select(t => Known(t.GetString()!)).ToList(),
            KnownOrNull(Str(m, "title")),
            KnownOrNull(Str(m, "board")),
            KnownOrNull(Str(m, "subject")),
            Array(m, "police_forces").Select(f => Known(f.GetString()!)).ToList(),
            Date(dates, "incident"),
            Date(dates, "completed"),
            Date(dates, "published"),
            KnownOrNull(Str(m, "author")),
            m.TryGetProperty("author_policing_background", out var b) && b.ValueKind is JsonValueKind.True or JsonValueKind.False ? new Evidenced<bool>(b.GetBoolean(), 0, 0, 1) : null,
            KnownOrNull(Str(m, "methodology")),
            Int(m, "pages"),
            Int(m, "words"));
    }

    private static Evidenced<ReviewDate>? Date(JsonElement dates, string name)
    {
        var iso = dates.ValueKind == JsonValueKind.Object ? Str(dates, name) : null;
        if (iso is null)
        {
            return null;
        }

        return new Evidenced<ReviewDate>(ReviewDateIso.Parse(iso) ?? throw new FormatException($"metadata.dates.{name} '{iso}' is not a date as the export writes them"), 0, 0, 1);
    }

    private static List<PageInfo> ReadPages(JsonElement root, int length) => Array(root, "pages").Select(p =>
    {
        var (start, end) = Span(p, length, "pages");
        return new PageInfo(Int(p, "number"), start, end, 0, 0, [], [], false);
    }).ToList();

    private static Section ReadSection(JsonElement s, int length)
    {
        var (start, end) = Span(s, length, "sections");
        return new Section(Str(s, "heading"), Required(s, "type"), Int(s, "level"), start, end, start, 1);
    }

    private static Annotation ReadAnnotation(JsonElement a, string text)
    {
        var (start, end) = Span(a, text.Length, "annotation " + Str(a, "id"));
        var at = a.TryGetProperty("attributes", out var x) && x.ValueKind == JsonValueKind.Object ? x : default;
        var attributes = at.ValueKind != JsonValueKind.Object ? AnnotationAttributes.None : new AnnotationAttributes
        {
            Category = Str(at, "category"),
            Force = Str(at, "force"),
            Agency = Str(at, "agency"),
            Critique = at.TryGetProperty("critique", out var c) && c.ValueKind is JsonValueKind.True or JsonValueKind.False ? c.GetBoolean() : null,
            Number = Str(at, "number"),
            Agencies = at.TryGetProperty("agencies", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().Select(e => e.GetString()!).ToList() : null,
            Characteristic = Str(at, "characteristic"),
        };
        return new Annotation(Required(a, "id"), Required(a, "label"), start, end, Str(a, "text") ?? text[start..end], attributes,
            Required(a, "source"), Required(a, "status"), a.TryGetProperty("confidence", out var conf) ? conf.GetDouble() : 1, Str(a, "producer") ?? "import");
    }

    private static (int Start, int End) Span(JsonElement e, int length, string what)
    {
        var (start, end) = (Int(e, "start"), Int(e, "end"));
        if (start < 0 || end < start || end > length)
        {
            throw new FormatException($"{what}: span {start}-{end} is outside the text (length {length})");
        }

        return (start, end);
    }

    private static Evidenced<string> Known(string value) => new(value, 0, 0, 1);

    private static Evidenced<string>? KnownOrNull(string? value) => value is null ? null : Known(value);

    private static string Required(JsonElement e, string name) =>
        Str(e, name) ?? throw new FormatException($"'{name}' is missing");

    internal static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    internal static int Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : 0;

    internal static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];
}

/// <summary>Reads back the ISO forms the metadata stage writes: a day, a month, or a range of months.</summary>
public static class ReviewDateIso
{
    public static ReviewDate? Parse(string iso)
    {
        var parts = iso.Split('/');
        if (parts.Length is < 1 or > 2)
        {
            return null;
        }

        var first = Bound(parts[0], upper: false);
        var last = Bound(parts[^1], upper: true);
        return first is { } f && last is { } l ? new ReviewDate(iso, f, l) : null;
    }

    private static DateOnly? Bound(string value, bool upper)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return upper ? month.AddMonths(1).AddDays(-1) : month;
        }

        return null;
    }
}
