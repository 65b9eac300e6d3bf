using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace Ledger.Domain.Categorization.Model;

/// <summary>The current pipeline (see <see cref="ClassifierPipeline.Current"/>).</summary>
internal static class ClassifierPipelineV2
{
    public static IEstimator<ITransformer> Build(MLContext ml)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepNumbers = false,
            KeepPunctuations = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var categorical = new[]
        {
            new InputOutputColumnPair("VendorOh", nameof(ModelRow.Vendor)),
            new InputOutputColumnPair("BucketOh", nameof(ModelRow.AmountBucket)),
            new InputOutputColumnPair("DirectionOh", nameof(ModelRow.Direction)),
            new InputOutputColumnPair("BankOh", nameof(ModelRow.BankAccount)),
            new InputOutputColumnPair("VendorBucketOh", nameof(ModelRow.VendorBucket)),
            new InputOutputColumnPair("VendorBankOh", nameof(ModelRow.VendorBank)),
        };
        var trainer = new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = "Label",
            FeatureColumnName = "Features",
            NumberOfThreads = 1,
        };
        return ml.Transforms.Conversion.MapValueToKey("Label", nameof(ModelRow.Label))
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", text, nameof(ModelRow.Text)))
            .Append(ml.Transforms.Categorical.OneHotEncoding(categorical))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "VendorOh", "BucketOh", "DirectionOh",
                "BankOh", "VendorBucketOh", "VendorBankOh", nameof(ModelRow.LogAmount)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer));
    }
}
