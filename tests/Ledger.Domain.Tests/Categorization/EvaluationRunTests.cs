using Ledger.Domain.Categorization.Evaluation;
using Xunit.Abstractions;

namespace Ledger.Domain.Tests.Categorization;

public sealed class EvaluationRunTests(ITestOutputHelper output)
{
    [Fact]
    public void Beancount_replay_reports_sane_calibrated_numbers()
    {
        var rows = BeancountFeed.Rows;
        var report = EvaluationRun.Replay(rows, new EvaluationOptions { HistoryMonths = 3, RetrainEvery = 250 });
        output.WriteLine(report.ToString());

        Assert.Equal(rows.Count, report.HistoryCount + report.ProposalCount);
        Assert.Equal(report.ProposalCount, report.EceSampleCount);
        Assert.True(report.Accuracy > 0.9, $"accuracy {report.Accuracy}");
        Assert.InRange(report.Brier, 0, 0.25);
        Assert.InRange(report.Ece.Ece, 0, 0.05); // observed 0.0167 (target 0.03)
        Assert.True(report.AtCoverage85.Precision >= 0.99, $"precision at 85% coverage {report.AtCoverage85.Precision}"); // observed 0.9986
        Assert.Equal(1.0, report.SourceShare.Values.Sum(), 9);
        Assert.True(report.Retrains >= 1 + (report.ProposalCount - 1) / 250);
        Assert.All(report.Outcomes, o => Assert.InRange(o.Probability, 0, 1));
    }
}
