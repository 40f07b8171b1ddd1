using System.Globalization;
using System.Reflection;

namespace Ingest.Core.Metadata.Dates;

/// <summary>
/// A linear model over <see cref="IncidentDateFeatures.Names"/>: a bias and one weight a feature, learnt by
/// `ingest fit-dates` (logistic regression, ML.NET, seeded) on the tuned gold reviews. Kept as a small tsv
/// embedded in Core, beside the other data files, so the metadata stage needs no model file nor ML.NET.
/// </summary>
public sealed record DateChooserWeights(double Bias, IReadOnlyDictionary<string, double> Weights, string Provenance)
{
    public const string ResourceName = "Ingest.Core.Data.incident-date-weights.tsv";

    /// <summary>The probability the model gives that a candidate is the incident date.</summary>
    public double Score(DateCandidate candidate)
    {
        var z = Bias;
        for (var i = 0; i < IncidentDateFeatures.Names.Count; i++)
        {
            z += Weights.GetValueOrDefault(IncidentDateFeatures.Names[i]) * candidate.Features[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The weights shipped in Ingest.Core, or null where none have been fitted (the rules then choose alone).</summary>
    public static DateChooserWeights? Embedded { get; } = LoadEmbedded();

    /// <summary>
    /// Reads "# comment" lines, then "bias\t<value>" and "<feature>\t<weight>" lines. A feature the file does
    /// not name weighs nothing; a name that is no feature, or a value that is no number, is an error that says the line.
    /// </summary>
    public static DateChooserWeights Parse(string tsv)
    {
        double? bias = null;
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var comments = new List<string>();
        var lineNumber = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.StartsWith('#'))
            {
                comments.Add(line.TrimStart('#', ' '));
                continue;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 2 || !double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new FormatException($"date chooser weights, line {lineNumber}: expected '<name><TAB><number>', found '{line}'");
            }

            if (cells[0] == "bias")
            {
                bias = value;
            }
            else if (IncidentDateFeatures.Names.Contains(cells[0]))
            {
                weights[cells[0]] = value;
            }
            else
            {
                throw new FormatException($"date chooser weights, line {lineNumber}: '{cells[0]}' is no feature of the incident date chooser");
            }
        }

        return bias is null
            ? throw new FormatException("date chooser weights: no 'bias' line")
            : new DateChooserWeights(bias.Value, weights, string.Join(" ", comments));
    }

    public string Write(IEnumerable<string> header)
    {
        var lines = header.Select(h => "# " + h).ToList();
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"bias\t{Bias:R}"));
        lines.AddRange(IncidentDateFeatures.Names.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n}\t{Weights.GetValueOrDefault(n):R}")));
        return string.Join("\n", lines) + "\n";
    }

    private static DateChooserWeights? LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
