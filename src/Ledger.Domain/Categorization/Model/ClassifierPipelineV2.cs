using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace Ledger.Domain.Categorization.Model;

/// <summary>The current pipeline (see <see cref="ClassifierPipeline.Current"/>).</summary>
internal static class ClassifierPipelineV2
{
    static string Env(string name, string fallback) => Environment.GetEnvironmentVariable(name) ?? fallback;
    static int EnvInt(string name, int fallback) => int.Parse(Env(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);
    static float EnvFloat(string name, float fallback) => float.Parse(Env(name, fallback.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

    public static IEstimator<ITransformer> Build(MLContext ml)
    {
        var charMax = EnvInt("EXP_CHAR", 5);
        var text = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepNumbers = false,
            KeepPunctuations = false,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = charMax == 0 ? null : new WordBagEstimator.Options { NgramLength = charMax, UseAllLengths = Env("EXP_CHARALL", "1") == "1" },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var textColumn = Env("EXP_TEXT", "words") == "words" ? nameof(ModelRow.Words) : nameof(ModelRow.Text);
        var cats = new List<InputOutputColumnPair>
        {
            new("VendorOh", nameof(ModelRow.Vendor)),
            new("BucketOh", nameof(ModelRow.AmountBucket)),
            new("DirectionOh", nameof(ModelRow.Direction)),
            new("BankOh", nameof(ModelRow.BankAccount)),
            new("VendorBucketOh", nameof(ModelRow.VendorBucket)),
            new("VendorBankOh", nameof(ModelRow.VendorBank)),
            new("CategoryOh", nameof(ModelRow.Category)),
        };
        if (Env("EXP_KIND", "1") == "1") cats.Add(new("KindOh", nameof(ModelRow.Kind)));
        var features = new[] { "TextFeatures" }.Concat(cats.Select(c => c.OutputColumnName)).Append(nameof(ModelRow.LogAmount)).ToArray();
        var chain = ml.Transforms.Conversion.MapValueToKey("Label", nameof(ModelRow.Label))
            .Append(ml.Transforms.Text.FeaturizeText("TextFeatures", text, textColumn))
            .Append(ml.Transforms.Categorical.OneHotEncoding(cats.ToArray()))
            .Append(ml.Transforms.Concatenate("Features", features));
        return Env("EXP_TRAINER", "lbfgs") switch
        {
            "sdca" => chain.Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Features", NumberOfThreads = 1,
                MaximumNumberOfIterations = EnvInt("EXP_ITER", 100), L2Regularization = EnvFloat("EXP_L2", 1e-4f),
            })),
            _ => chain.Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label", FeatureColumnName = "Features", NumberOfThreads = 1,
                L2Regularization = EnvFloat("EXP_L2", 0.1f), L1Regularization = EnvFloat("EXP_L1", 0f),
                OptimizationTolerance = EnvFloat("EXP_TOL", 1e-5f), MaximumNumberOfIterations = EnvInt("EXP_ITER", 200),
                HistorySize = 20,
            })),
        };
    }
}
