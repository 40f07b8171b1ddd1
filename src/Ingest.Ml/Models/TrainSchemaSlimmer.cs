using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Ingest.Ml.Models;

/// <summary>
/// A copy of a model file whose training schemas lack the names of their feature slots. ML.NET keeps
/// the schema a predictor was trained on for the life of the model, and with it the name of every
/// feature (each word and character n-gram: about 90,000 per sentence model, held twice), some 13 MB
/// per sentence model that prediction never reads. The weights, the transforms and every other
/// annotation (a multiclass label's class names among them) are copied unchanged, so predictions are
/// the same; the file on disk, which `ingest train` wrote, is left alone.
/// </summary>
internal static class TrainSchemaSlimmer
{
    private const string SchemaEntry = "TrainSchema";

    public static MemoryStream Slim(MLContext ml, string modelPath)
    {
        var slimmed = new MemoryStream();
        using (var source = ZipFile.OpenRead(modelPath))
        using (var target = new ZipArchive(slimmed, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var output = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (IsTrainSchema(entry.FullName))
                {
                    WithoutSlotNames(ml, input, output);
                }
                else
                {
                    input.CopyTo(output);
                }
            }
        }

        slimmed.Position = 0;
        return slimmed;
    }

    private static bool IsTrainSchema(string entryName) =>
        entryName == SchemaEntry || entryName.EndsWith("/" + SchemaEntry, StringComparison.Ordinal);

    private static void WithoutSlotNames(MLContext ml, Stream input, Stream output)
    {
        var bytes = new MemoryStream();
        input.CopyTo(bytes);
        var schema = ml.Data.LoadFromBinary(new BytesSource(bytes.ToArray())).Schema;
        var builder = new DataViewSchema.Builder();
        foreach (var column in schema)
        {
            var annotations = new DataViewSchema.Annotations.Builder();
            annotations.Add(column.Annotations, name => name != "SlotNames");
            builder.AddColumn(column.Name, column.Type, annotations.ToAnnotations());
        }

        // The binary saver seeks back to write its table of contents; a zip entry cannot seek.
        using var saved = new MemoryStream();
        ml.Data.SaveAsBinary(new EmptyDataView(builder.ToSchema()), saved, keepHidden: true);
        saved.Position = 0;
        saved.CopyTo(output);
    }

    /// <summary>The schema stream as the one file ML.NET's binary loader asks for.</summary>
    private sealed class BytesSource(byte[] bytes) : IMultiStreamSource
    {
        public int Count => 1;

        public string? GetPathOrNull(int index) => null;

        public Stream Open(int index) => new MemoryStream(bytes, writable: false);

        public TextReader OpenTextReader(int index) => new StreamReader(Open(index));
    }

    /// <summary>A schema with no rows: all a training schema is.</summary>
    private sealed class EmptyDataView(DataViewSchema schema) : IDataView
    {
        public bool CanShuffle => false;

        public DataViewSchema Schema => schema;

        public long? GetRowCount() => 0;

        public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => new EmptyCursor(schema);

        public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) => [new EmptyCursor(schema)];
    }

    private sealed class EmptyCursor(DataViewSchema schema) : DataViewRowCursor
    {
        public override DataViewSchema Schema => schema;

        public override long Position => -1;

        public override long Batch => 0;

        public override bool MoveNext() => false;

        public override bool IsColumnActive(DataViewSchema.Column column) => true;

        // The saver asks for each column's getter before it finds there are no rows.
        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column) =>
            (ref TValue value) => throw new InvalidOperationException("an empty schema has no rows to read");

        public override ValueGetter<DataViewRowId> GetIdGetter() =>
            throw new InvalidOperationException("an empty schema has no rows to read");
    }
}
