using System.Text.Json;
using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;

namespace Ledger.Domain.Tests.Decisions;

/// <summary>A knowledge answer stands in for a new vendor's labels; an earned threshold replaces the template's once opted in.</summary>
public class GatesKnowledgeAndEarnedTests
{
    private static readonly TenantPolicy Template = new(AutopostThreshold: 0.9, ColdStartMinLabels: 3, AutopostEnabled: true, Version: 7);
    private static readonly JournalLine[] Balanced = [new("6100", 15m, 0m, "x"), new("1000", 0m, 15m, "x")];

    private static GateInputs Inputs(string source, int labels, double p, TenantPolicy? policy = null) =>
        new(labels, p, Balanced, false, policy ?? Template) { Source = source };

    [Fact]
    public void A_vendor_never_labelled_passes_the_warm_gate_when_the_knowledge_base_answered()
    {
        var known = Gates.Evaluate(Inputs(ProposalSources.Knowledge, 0, 0.95));
        Assert.True(known.AutoPost);
        Assert.Equal("labels 0 < min 3, known merchant (knowledge)", known.Gates[0].Compared);

        var modelled = Gates.Evaluate(Inputs(ProposalSources.Model, 0, 0.95));
        Assert.Equal([ReasonCode.ColdStartVendor], modelled.Reasons);
        // Knowledge only opens the warm gate: an unsure knowledge answer still waits for a reviewer.
        Assert.Equal([ReasonCode.BelowThreshold], Gates.Evaluate(Inputs(ProposalSources.Knowledge, 0, 0.85)).Reasons);
    }

    [Fact]
    public void An_earned_threshold_applies_to_its_source_only()
    {
        var optedIn = Template with { EarnedThresholds = [new EarnedThreshold(ProposalSources.VendorHistory, 0.83), new EarnedThreshold(ProposalSources.Model, 0.97)] };

        var history = Gates.Evaluate(Inputs(ProposalSources.VendorHistory, 5, 0.85, optedIn));
        Assert.True(history.AutoPost);
        Assert.Equal("p 0.85 >= threshold 0.83 (earned)", history.Gates[1].Compared);

        var model = Gates.Evaluate(Inputs(ProposalSources.Model, 5, 0.95, optedIn));
        Assert.Equal("p 0.95 < threshold 0.97 (earned)", model.Gates[1].Compared);
        Assert.False(model.AutoPost);

        var rule = Gates.Evaluate(Inputs(ProposalSources.Rule, 5, 0.95, optedIn));
        Assert.Equal("p 0.95 >= threshold 0.9", rule.Gates[1].Compared);   // no threshold earned for rules: the template's
    }

    [Fact]
    public void Recorded_inputs_round_trip_and_older_inputs_without_source_or_thresholds_decide_as_before()
    {
        var optedIn = Template with { EarnedThresholds = [new EarnedThreshold(ProposalSources.Model, 0.97)] };
        var inputs = Inputs(ProposalSources.Model, 5, 0.98, optedIn);
        var back = JsonSerializer.Deserialize<GateInputs>(JsonSerializer.Serialize(inputs))!;
        Assert.Equal(inputs, back);
        Assert.Equal(Gates.Evaluate(inputs), Gates.Evaluate(back));

        // A decision recorded before: no source, no earned thresholds.
        var old = JsonSerializer.Deserialize<GateInputs>("""
            {"VendorConsistentLabels":5,"CalibratedP":0.95,"ProposedLines":[{"AccountCode":"6100","Debit":15,"Credit":0,"Memo":"x"},{"AccountCode":"1000","Debit":0,"Credit":15,"Memo":"x"}],
             "BudgetFallbackActive":false,"Policy":{"AutopostThreshold":0.9,"ColdStartMinLabels":3,"AutopostEnabled":true,"Version":7}}
            """)!;
        Assert.Null(old.Source);
        Assert.Null(old.Policy.EarnedThresholds);
        Assert.Equal("p 0.95 >= threshold 0.9", Gates.Evaluate(old).Gates[1].Compared);
    }
}
