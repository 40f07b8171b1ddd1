using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Ingest.Ml.Models;
using Microsoft.ML;

namespace Ingest.Ml.Training;

/// <summary>What every trainer shares: the seed (one seeded MLContext per model, single-threaded trainers, so a retrain gives the same model), the clock and the provenance that goes on each card.</summary>
public sealed record TrainingContext(int Seed, TimeProvider Clock, IReadOnlyList<string> Documents, int AnalystDecisions)
{
    public const int Folds = 5;

    /// <summary>The package version (the assembly version of Microsoft.ML stays 1.0.0.0 across releases).</summary>
    public static string Library { get; } =
        $"Microsoft.ML {typeof(MLContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "unknown"}";

    public MLContext NewContext() => new(Seed);

    public ModelCard Card(string name, string task, string trainer, string dataSha256, int rows) => new()
    {
        Name = name,
        Task = task,
        Trainer = trainer,
        Seed = Seed,
        DataSha256 = dataSha256,
        DataRows = rows,
        Documents = Documents,
        AnalystDecisions = AnalystDecisions,
        CreatedAt = Clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
        Library = Library,
    };

    /// <summary>SHA-256 of the rows in order, one line each, so that the card names exactly what was learnt from.</summary>
    public static string Hash(IEnumerable<string> lines)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var line in lines)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(line.Replace('\n', ' ') + "\n"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static double Round(double value) => double.IsNaN(value) ? double.NaN : Math.Round(value, 4);
}
