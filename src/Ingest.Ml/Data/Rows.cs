using Microsoft.ML.Data;

namespace Ingest.Ml.Data;

/// <summary>One sentence with its label; <see cref="Group"/> (the document) keeps a document's sentences in one cross-validation fold.</summary>
public sealed class SentenceRow
{
    public string Text { get; set; } = string.Empty;

    public bool Label { get; set; }

    public string Group { get; set; } = string.Empty;

    /// <summary>The type of the section the sentence lies in (<see cref="SentenceContext"/>); models before v9 ignore it.</summary>
    public string Section { get; set; } = SentenceContext.NoSection;

    /// <summary>The sentence before it in its paragraph, or <see cref="SentenceContext.ParagraphStart"/>; models before v9 ignore it.</summary>
    public string Previous { get; set; } = SentenceContext.ParagraphStart;

    /// <summary>Positives are rare (a few in a hundred sentences): they weigh more in training so the model does not learn "never".</summary>
    public float Weight { get; set; } = 1;
}

/// <summary>What a binary sentence classifier says of one sentence.</summary>
public sealed class SentencePrediction
{
    public bool PredictedLabel { get; set; }

    public float Probability { get; set; }

    public float Score { get; set; }
}

/// <summary>One recommendation text paired with one agency it is for (a recommendation for three agencies gives three rows).</summary>
public sealed class AgencyRow
{
    public string Text { get; set; } = string.Empty;

    public string Agency { get; set; } = string.Empty;

    public string Group { get; set; } = string.Empty;
}

/// <summary>The multiclass agency model's scores, one per agency in the order of the model's labels.</summary>
public sealed class AgencyPrediction
{
    [ColumnName("PredictedAgency")]
    public string PredictedAgency { get; set; } = string.Empty;

    public float[] Score { get; set; } = [];
}

/// <summary>One review for the overall-rating model: the nine criterion scores, their weighted mean and the gold rating.</summary>
public sealed class RatingRow
{
    [VectorType(10)]
    public float[] Features { get; set; } = new float[10];

    public float Label { get; set; }
}

/// <summary>The rating model's raw output: a real number on the 1-4 scale, rounded by the caller.</summary>
public sealed class RatingPrediction
{
    public float Score { get; set; }
}
