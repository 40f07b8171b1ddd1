using System.Text.Encodings.Web;
using System.Text.Json;
using Ingest.Core.Documents;
using Ingest.Core.Storage;

namespace Ingest.Core.Export;

/// <summary>
/// The annotated corpus as JSONL (CONTRACT §3): one document a line, ordered by id, annotations by
/// start, end and label; written as the store streams documents, so memory does not grow with the corpus.
/// </summary>
public static class JsonlExporter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static async Task<int> WriteAsync(IAsyncEnumerable<StoredDocument> documents, Stream output, ExportFilter filter, CancellationToken cancellationToken)
    {
        var count = 0;
        var newline = "\n"u8.ToArray();
        await foreach (var document in documents.WithCancellation(cancellationToken))
        {
            if (!filter.Keeps(document))
            {
                continue;
            }

            using (var writer = new Utf8JsonWriter(output, Options))
            {
                WriteDocument(writer, document, filter);
            }

            await output.WriteAsync(newline, cancellationToken);
            count++;
        }

        await output.FlushAsync(cancellationToken);
        return count;
    }

    public static void WriteDocument(Utf8JsonWriter w, StoredDocument d, ExportFilter filter)
    {
        var x = d.Extracted;
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("file", d.FileName);
        w.WriteString("source", d.Source);
        w.WriteString("status", d.Status.ToWire());
        w.WriteString("error", d.Error);
        WriteMetadata(w, d);
        w.WriteString("text", x?.Text ?? string.Empty);
        w.WriteStartArray("pages");
        foreach (var p in x?.Pages ?? [])
        {
            w.WriteStartObject();
            w.WriteNumber("number", p.Number);
            w.WriteNumber("start", p.Start);
            w.WriteNumber("end", p.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("sections");
        foreach (var s in d.Sections)
        {
            w.WriteStartObject();
            w.WriteString("heading", s.Heading);
            w.WriteString("type", s.Type);
            w.WriteNumber("level", s.Level);
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("annotations");
        foreach (var a in d.Annotations.Where(filter.Keeps).OrderBy(a => a.Start).ThenBy(a => a.End).ThenBy(a => a.Label, StringComparer.Ordinal))
        {
            WriteAnnotation(w, a);
        }

        w.WriteEndArray();

        // Null when the rate stage has not run on the document.
        RatingJson.WriteRating(w, d.Rating);
        RatingJson.WriteScreening(w, d.Screening);
        w.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter w, StoredDocument d)
    {
        var m = d.Metadata;
        w.WriteStartObject("metadata");
        w.WriteStartArray("review_type");
        foreach (var t in m?.ReviewTypes ?? [])
        {
            w.WriteStringValue(t.Value);
        }

        w.WriteEndArray();
        w.WriteString("title", m?.Title?.Value);
        w.WriteString("board", m?.Board?.Value);
        w.WriteString("subject", m?.Subject?.Value);
        w.WriteStartArray("police_forces");
        foreach (var f in m?.PoliceForces ?? [])
        {
            w.WriteStringValue(f.Value);
        }

        w.WriteEndArray();
        w.WriteStartObject("dates");
        w.WriteString("incident", m?.Incident?.Value.Iso);
        w.WriteString("completed", m?.Completed?.Value.Iso);
        w.WriteString("published", m?.Published?.Value.Iso);
        w.WriteEndObject();
        if (m?.PublicationLagDays is { } lag)
        {
            w.WriteNumber("publication_lag_days", lag);
        }
        else
        {
            w.WriteNull("publication_lag_days");
        }

        if (m?.AuthorPolicingBackground is { } background)
        {
            w.WriteBoolean("author_policing_background", background.Value);
        }
        else
        {
            w.WriteNull("author_policing_background");
        }

        w.WriteString("author", m?.Author?.Value);
        w.WriteString("methodology", m?.Methodology?.Value);
        w.WriteNumber("pages", d.Extracted?.Facts.PageCount ?? 0);
        w.WriteNumber("words", m?.Words ?? 0);
        w.WriteEndObject();
    }

    private static void WriteAnnotation(Utf8JsonWriter w, Annotation a)
    {
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("label", a.Label);
        w.WriteNumber("start", a.Start);
        w.WriteNumber("end", a.End);
        w.WriteString("text", a.Text);
        w.WriteStartObject("attributes");
        var at = a.Attributes;
        if (at.Category is not null)
        {
            w.WriteString("category", at.Category);
        }

        if (at.Force is not null)
        {
            w.WriteString("force", at.Force);
        }

        if (at.Agency is not null)
        {
            w.WriteString("agency", at.Agency);
        }

        if (at.Critique is { } critique)
        {
            w.WriteBoolean("critique", critique);
        }

        if (at.Number is not null)
        {
            w.WriteString("number", at.Number);
        }

        if (at.Agencies is not null)
        {
            w.WriteStartArray("agencies");
            foreach (var agency in at.Agencies)
            {
                w.WriteStringValue(agency);
            }

            w.WriteEndArray();
        }

        if (at.Characteristic is not null)
        {
            w.WriteString("characteristic", at.Characteristic);
        }

        w.WriteEndObject();
        w.WriteString("source", a.Source);
        w.WriteString("status", a.Status);
        w.WriteNumber("confidence", a.Confidence);
        w.WriteString("producer", a.Producer);
        w.WriteEndObject();
    }
}
