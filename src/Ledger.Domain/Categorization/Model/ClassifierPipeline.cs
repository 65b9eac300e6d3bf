using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace Ledger.Domain.Categorization.Model;

/// <summary>
/// The ML.NET estimator chain shared by the hold-out fit and the final fit. A stored model carries its own chain, so an old
/// model keeps scoring as it was trained; the version here only chooses what a new training fits.
/// </summary>
public static class ClassifierPipeline
{
    /// <summary>1: SDCA capped at 30 iterations on word 1-2 grams and char trigrams (the pipeline before issue #12).
    /// 2: L-BFGS (<see cref="ClassifierPipelineV2"/>). 3: the staged fit (<see cref="ClassifierPipelineV3"/>).</summary>
    public const int Legacy = 1, LbfgsTwoFits = 2, Staged = 3, Current = Staged;

    internal static IEstimator<ITransformer> Build(MLContext ml, int version) => version switch
    {
        Legacy => BuildLegacy(ml),
        LbfgsTwoFits => ClassifierPipelineV2.Build(ml),
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Unknown classifier pipeline."),
    };

    private static IEstimator<ITransformer> BuildLegacy(MLContext ml)
    {
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepNumbers = false,
            KeepPunctuations = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            // Char trigrams survive truncation ("COFFEE SAN" vs "COFFEE SAN FRANCISCO") and typos.
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
            // One thread: SDCA is only reproducible single-threaded, and replays must reproduce.
            NumberOfThreads = 1,
            MaximumNumberOfIterations = 30,
        };
        return ml.Transforms.Conversion.MapValueToKey("Label", nameof(ModelRow.Label))
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", text, nameof(ModelRow.Text)))
            .Append(ml.Transforms.Categorical.OneHotEncoding(categorical))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "VendorOh", "BucketOh", "DirectionOh",
                "BankOh", "VendorBucketOh", "VendorBankOh", nameof(ModelRow.LogAmount)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(trainer));
    }
}
