namespace Ledger.Domain.Categorization.Model;

/// <summary>
/// When the model retrains by itself: once the labels recorded since it was trained reach the tenant's threshold.
/// A tenant without a model is not retrained here: its first model is trained on purpose (train command or endpoint),
/// after its history is in.
/// </summary>
public static class Retraining
{
    /// <param name="labelsNow">Every label the tenant has now (what a training run would train on).</param>
    /// <param name="labelsInModel">The current model's sample count: the labels it was trained on.</param>
    /// <returns>The trigger to record on the new ModelTrained, or null when it is not due.</returns>
    public static string? Due(bool hasModel, int labelsNow, int labelsInModel, int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 1);
        if (!hasModel) return null;
        var fresh = labelsNow - labelsInModel;
        return fresh >= threshold ? $"auto: {fresh} new labels (threshold {threshold})" : null;
    }
}
