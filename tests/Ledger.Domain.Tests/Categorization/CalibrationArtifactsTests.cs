using System.Text.Json;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Evaluation;
using NodaTime;

namespace Ledger.Domain.Tests.Categorization;

/// <summary>The artifact files parse and carry the numbers the report printed (a cheap report, no model training).</summary>
public sealed class CalibrationArtifactsTests
{
    [Fact]
    public void Bins_and_metadata_carry_the_report_numbers()
    {
        ProposalOutcome O(string source, double raw, double p, bool ok) =>
            new(new LocalDate(2024, 1, 1), source, "6200", ok ? "6200" : "6300", raw, p, Duration.Zero);
        var report = EvaluationReport.From([O(ProposalSources.Model, 0.9, 0.8, true), O(ProposalSources.Model, 0.9, 0.8, false), O(ProposalSources.VendorHistory, 0.8, 0.95, true)],
            historyCount: 10, retrains: 1, trainingTime: Duration.Zero);

        using var bins = JsonDocument.Parse(CalibrationArtifacts.BinsJson(report));
        Assert.Equal(3, bins.RootElement.GetProperty("proposals").GetInt32());
        Assert.Equal(15, bins.RootElement.GetProperty("after").GetProperty("bins").GetArrayLength());
        Assert.Equal(report.RawEce, bins.RootElement.GetProperty("before").GetProperty("ece").GetDouble(), 12);

        using var meta = JsonDocument.Parse(CalibrationArtifacts.MetadataJson(report, "test.csv", new LocalDate(2025, 3, 4)));
        Assert.Equal("2025-03-04", meta.RootElement.GetProperty("date").GetString());
        var model = meta.RootElement.GetProperty("sources").GetProperty(ProposalSources.Model);
        Assert.Equal("identity", model.GetProperty("method").GetString());
        Assert.Equal(2, model.GetProperty("proposals").GetInt32());
        Assert.Equal(0.5, model.GetProperty("accuracy").GetDouble());
    }
}
