using Microsoft.ML;
using Microsoft.ML.Transforms.Text;

namespace Ingest.Ml.Training;

/// <summary>Sentence text as features: word unigrams and bigrams plus character trigrams, L2-normalised.</summary>
internal static class TextFeatures
{
    public static IEstimator<ITransformer> Featurize(MLContext ml, string input, string output = "Features") =>
        ml.Transforms.Text.FeaturizeText(output, new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepPunctuations = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, input);
}
