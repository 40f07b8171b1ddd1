using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace Ingest.Ml.Training;

/// <summary>Text as features for the sentence, agency and section-type models.</summary>
internal static class TextFeatures
{
    /// <summary>Word unigrams and bigrams plus character trigrams, L2-normalised.</summary>
    public static IEstimator<ITransformer> Featurize(MLContext ml, string input, string output = "Features") =>
        ml.Transforms.Text.FeaturizeText(output, new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, input);

    /// <summary>Word unigrams only, L2-normalised: the context of a sentence (the one before it) says what it is about, not how.</summary>
    public static IEstimator<ITransformer> FeaturizeWords(MLContext ml, string input, string output) =>
        ml.Transforms.Text.FeaturizeText(output, new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, input);
}
