using Ledger.Domain.Categorization;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>Vendor history answers only for a vendor with enough labels that all agree; anything else goes to the model.</summary>
public sealed class CategorizerHistoryTests
{
    private const string Coffee = "BLUE BOTTLE COFFEE 77";

    [Fact]
    public void History_needs_at_least_the_minimum_of_consistent_labels()
    {
        // Labels say Office, the model says Meals: which source answered is visible in the account.
        var two = Categorizer.Propose(Input(Coffee), Context(stats: Stats(Coffee, Office, Office)));
        var three = Categorizer.Propose(Input(Coffee), Context(stats: Stats(Coffee, Office, Office, Office)));

        Assert.Equal((ProposalSources.Model, Meals), (two.Source, two.AccountCode));
        Assert.Contains("vendor history: 2 labels, needs 3", two.Trace);

        Assert.Equal((ProposalSources.VendorHistory, Office), (three.Source, three.AccountCode));
        Assert.Equal(4.0 / 5.0, three.RawP, 12); // (n+1)/(n+2), Laplace
        Assert.Null(three.ModelVersion);
        Assert.Null(three.RuleId);
    }

    [Fact]
    public void A_contradicted_vendor_falls_through_to_the_model()
    {
        var draft = Categorizer.Propose(Input(Coffee), Context(stats: Stats(Coffee, Meals, Meals, Meals, Meals, Office)));

        Assert.Equal((ProposalSources.Model, Meals), (draft.Source, draft.AccountCode));
        Assert.Contains("vendor history: contradicted (6200x4, 6300x1)", draft.Trace);
        Assert.Equal(Model.Version, draft.ModelVersion);
    }

    [Fact]
    public void History_p_goes_through_the_vendor_history_calibrator()
    {
        var calibrations = Calibrations((ProposalSources.VendorHistory, Constant(logit: 2.0)));
        var draft = Categorizer.Propose(Input(Coffee), Context(stats: Stats(Coffee, Meals, Meals, Meals), calibrations: calibrations));

        Assert.Equal(0.8, draft.RawP, 12);
        Assert.Equal(1 / (1 + Math.Exp(-2.0)), draft.CalibratedP, 12);
        Assert.Equal(calibrations.Version, draft.CalibrationVersion);
    }

    [Fact]
    public void Stats_of_another_vendor_are_a_wiring_bug()
    {
        Assert.Throws<ArgumentException>(() => Categorizer.Propose(Input(Coffee), Context(stats: Stats("SHELL OIL 1", Fuel, Fuel, Fuel))));
    }
}
