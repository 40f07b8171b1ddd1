namespace Ingest.Core.Evaluation;

/// <summary>Counts for one label or field; precision, recall and F1 from them.</summary>
public sealed record Score(string Name, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) =>
        new(a.Name, a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}

/// <summary>Right answers out of the cases that count (accuracy of one field).</summary>
public sealed record Accuracy(string Name, int Correct, int Cases)
{
    public double Value => Cases == 0 ? double.NaN : (double)Correct / Cases;

    public static Accuracy operator +(Accuracy a, Accuracy b) => new(a.Name, a.Correct + b.Correct, a.Cases + b.Cases);
}
