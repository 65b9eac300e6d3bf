using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Tenants;

namespace Ledger.Domain.Tests.Categorization;

public class RetrainingTests
{
    [Fact]
    public void Due_once_the_new_labels_reach_the_threshold()
    {
        Assert.Null(Retraining.Due(hasModel: true, labelsNow: 261, labelsInModel: 62, threshold: 200));
        Assert.Equal("auto: 200 new labels (threshold 200)", Retraining.Due(hasModel: true, labelsNow: 262, labelsInModel: 62, threshold: 200));
        Assert.NotNull(Retraining.Due(hasModel: true, labelsNow: 900, labelsInModel: 62, threshold: 200));
    }

    [Fact]
    public void A_new_starter_tenant_retrains_after_50_labels()
    {
        var threshold = TenantTemplates.Starter.Limits.RetrainAfterLabels;
        // Trained on 1,203 labels: the 49th new label is not enough, the 50th is (1,253 - 1,203 = 50).
        Assert.Null(Retraining.Due(hasModel: true, labelsNow: 1_252, labelsInModel: 1_203, threshold));
        Assert.Equal("auto: 50 new labels (threshold 50)", Retraining.Due(hasModel: true, labelsNow: 1_253, labelsInModel: 1_203, threshold));
        Assert.Equal(50, TenantTemplates.Pro.Limits.RetrainAfterLabels);
    }

    [Fact]
    public void The_evaluation_replays_the_starter_templates_retraining_number() =>
        Assert.Equal(TenantTemplates.Starter.Limits.RetrainAfterLabels, Ledger.Domain.Categorization.Evaluation.EvaluationOptions.Default.RetrainEvery);

    [Fact]
    public void Never_due_without_a_model_or_right_after_training()
    {
        Assert.Null(Retraining.Due(hasModel: false, labelsNow: 5_000, labelsInModel: 0, threshold: 200));
        Assert.Null(Retraining.Due(hasModel: true, labelsNow: 62, labelsInModel: 62, threshold: 1));
    }

    [Fact]
    public void A_threshold_below_one_is_a_wiring_bug() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Retraining.Due(true, 10, 0, 0));

    [Fact]
    public void Every_template_retrains_after_a_positive_number_of_labels() =>
        Assert.All(TenantTemplates.All, t => Assert.InRange(t.Limits.RetrainAfterLabels, 1, 10_000));
}
