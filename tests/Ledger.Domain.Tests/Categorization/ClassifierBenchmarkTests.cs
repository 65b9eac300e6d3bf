using Ledger.Domain.Categorization.Model;
using Xunit.Abstractions;

namespace Ledger.Domain.Tests.Categorization;

/// <summary>Asserts correctness only; the timings are printed, never asserted (the machine is shared).</summary>
public sealed class ClassifierBenchmarkTests(ITestOutputHelper output)
{
    [Fact]
    public void Ten_thousand_labels_train_and_predict()
    {
        var writer = new StringWriter();
        var result = ClassifierBenchmark.Run(writer, labels: 10_000, predictions: 1_000);
        output.WriteLine(writer.ToString());
        Assert.Equal(10_000, result.Trained.SampleCount);
        Assert.InRange(result.Trained.HoldoutCount, 1_700, 2_300);
        Assert.True(result.Trained.HoldoutAccuracy > 0.9, $"hold-out accuracy {result.Trained.HoldoutAccuracy}");
        Assert.True(result.P50 <= result.P95);
        Assert.Contains("p50", writer.ToString());
    }
}
