using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ingest.Core.Configuration;

namespace Ingest.Core.Rating.Fitting;

/// <summary>
/// Puts fitted values into the Options of the rate stage of a pipeline.json. Only that Options object is
/// rewritten (its other keys, "//" notes included, are kept); every byte outside it stays as it was, so
/// a diff shows the fit and nothing else. The result is read back as a pipeline and as rate options
/// before it is returned, so a file the pipeline would refuse is never produced.
/// </summary>
public static class RateOptionsFile
{
    private static readonly JsonReaderOptions Reader = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonSerializerOptions Writer = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The file with <paramref name="changes"/> (option key to value) set in the rate stage's Options.</summary>
    public static string Rewrite(string json, string path, JsonObject changes)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var stage = FindRateStage(bytes, path);
        var options = stage.Options is { } span
            ? JsonNode.Parse(bytes.AsSpan(span.Start, span.End - span.Start), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new ConfigurationException(path, "the rate stage's Options is not a JSON object")
            : new JsonObject();
        foreach (var (key, value) in changes)
        {
            options[key] = Merge(options[key] as JsonObject, value!.AsObject());
        }

        var result = Splice(bytes, stage, options);
        Check(result, path);
        return result;
    }

    /// <summary>Fails with a clear message when the file is not JSON or has no rate stage (before any fitting is done).</summary>
    public static void Check(string json, string path)
    {
        FindRateStage(Encoding.UTF8.GetBytes(json), path);
        var config = PipelineConfigLoader.Parse(json, path);
        var rate = config.Stages.First(s => s.Name == RateStage.StageName);
        RateOptions.FromJson(rate.Options, $"{rate.JsonPath}.Options");
    }

    /// <summary>The existing object with the new keys set in it (its "//" notes and other keys kept).</summary>
    private static JsonObject Merge(JsonObject? existing, JsonObject value)
    {
        if (existing is null)
        {
            return (JsonObject)value.DeepClone();
        }

        foreach (var (key, v) in value)
        {
            existing[key] = v?.DeepClone();
        }

        return existing;
    }

    private static string Splice(byte[] bytes, StageSpan stage, JsonObject options)
    {
        var text = options.ToJsonString(Writer).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (stage.Options is { } span)
        {
            text = text.Replace("\n", "\n" + IndentOfLine(bytes, span.Start), StringComparison.Ordinal);
            return Encoding.UTF8.GetString(bytes, 0, span.Start) + text + Encoding.UTF8.GetString(bytes, span.End, bytes.Length - span.End);
        }

        // No Options yet: added as the stage's last property, before its closing brace.
        var close = stage.End - 1;
        var last = close - 1;
        while (last > stage.Start && char.IsWhiteSpace((char)bytes[last]))
        {
            last--;
        }

        text = text.Replace("\n", "\n" + IndentOfLine(bytes, stage.Start), StringComparison.Ordinal);
        var insert = (bytes[last] == (byte)',' ? " " : ", ") + "\"Options\": " + text;
        return Encoding.UTF8.GetString(bytes, 0, last + 1) + insert + Encoding.UTF8.GetString(bytes, last + 1, bytes.Length - last - 1);
    }

    private static string IndentOfLine(byte[] bytes, int position)
    {
        var start = position;
        while (start > 0 && bytes[start - 1] != (byte)'\n')
        {
            start--;
        }

        var end = start;
        while (end < position && bytes[end] is (byte)' ' or (byte)'\t')
        {
            end++;
        }

        return Encoding.UTF8.GetString(bytes, start, end - start);
    }

    private readonly record struct Span(int Start, int End);

    private sealed record StageSpan(int Start, int End, Span? Options);

    private static StageSpan FindRateStage(byte[] bytes, string path)
    {
        try
        {
            // The whole file is read first: a file broken after its rate stage is as broken as one broken before.
            JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }).Dispose();

            var reader = new Utf8JsonReader(bytes, Reader);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new ConfigurationException(path, "is not a JSON object");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "Stages" && reader.TokenType == JsonTokenType.StartArray && FindInStages(ref reader) is { } stage)
                {
                    return stage;
                }

                reader.Skip();
            }

            throw new ConfigurationException(path, "has no \"rate\" stage in Stages to write the rate options into");
        }
        catch (JsonException e)
        {
            throw new ConfigurationException(path, $"is not valid JSON ({e.Message})");
        }
    }

    private static StageSpan? FindInStages(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            var start = (int)reader.TokenStartIndex;
            string? name = null;
            Span? options = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString();
                reader.Read();
                var valueStart = (int)reader.TokenStartIndex;
                if (key == "Name" && reader.TokenType == JsonTokenType.String)
                {
                    name = reader.GetString();
                }

                reader.Skip();
                if (key == "Options")
                {
                    options = new Span(valueStart, (int)reader.BytesConsumed);
                }
            }

            if (name == RateStage.StageName)
            {
                return new StageSpan(start, (int)reader.BytesConsumed, options);
            }
        }

        return null;
    }
}
