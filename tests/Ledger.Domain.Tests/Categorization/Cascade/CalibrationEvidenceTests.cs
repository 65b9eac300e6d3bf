using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions.Earned;

namespace Ledger.Domain.Tests.Categorization.Cascade;

public sealed class CalibrationEvidenceTests
{
    private static AnsweredProposal Answer(string source, double raw, string proposed, string answered, string vendor = "cafe", decimal amount = -12m,
        bool suspected = false) =>
        new(new ReviewedProposal(source, raw, proposed, answered, vendor, amount), raw, suspected);

    [Fact]
    public void A_correction_the_reviewers_went_back_on_is_no_error_of_the_source()
    {
        // The 2nd answer (6100) was undone by the next two comparable answers (both 6200, the account proposed); the 5th
        // (6300, a $500 order) has no comparable answer after it, so it counts against vendor history.
        var samples = CalibrationEvidence.Of([
            Answer("vendor_history", 0.75, "6200", "6200"),
            Answer("vendor_history", 0.80, "6200", "6100"),
            Answer("vendor_history", 0.83, "6200", "6200"),
            Answer("vendor_history", 0.86, "6200", "6200"),
            Answer("vendor_history", 0.88, "6200", "6300", amount: -500m),
        ]);
        Assert.Equal([(0.75, true), (0.80, true), (0.83, true), (0.86, true), (0.88, false)], samples["vendor_history"]);
    }

    [Fact]
    public void An_answer_the_slip_rule_suspected_is_no_sample_and_sources_stay_apart()
    {
        var samples = CalibrationEvidence.Of([
            Answer("vendor_history", 0.95, "6200", "6900", suspected: true),
            Answer("knowledge", 0.93, "6500", "6500", vendor: "verizon"),
            Answer("model", 0.60, "6300", "6400", vendor: "acme"),
        ]);
        Assert.False(samples.ContainsKey("vendor_history"));
        Assert.Equal([(0.93, true)], samples["knowledge"]);
        Assert.Equal([(0.60, false)], samples["model"]);
    }
}
