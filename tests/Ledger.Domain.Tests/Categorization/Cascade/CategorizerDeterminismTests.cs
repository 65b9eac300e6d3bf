using Ledger.Domain.Calibration;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Model;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>
/// What an auditor does: load the recorded versions (model bytes, calibrations, rules, vendor stats, options) afresh,
/// recompute, and compare with the recorded draft. Equality must hold field by field, lists included.
/// </summary>
public sealed class CategorizerDeterminismTests
{
    [Theory]
    [InlineData("SHELL OIL 5799 OAKLAND CA", -45)]
    [InlineData("STAPLES 1099 SAN FRANCISCO CA", -750)]
    [InlineData("SOMETHING NEW 12", -10)]
    public void Recomputing_from_the_recorded_versions_gives_an_equal_draft(string description, int amount)
    {
        var calibrations = Calibrations((ProposalSources.Model, new CalibrationModel(CalibrationMethod.Platt, [0.8, -0.1], [], [], 0.05, 0.01, 400)));
        var rules = new[] { Rule("STAPLES 1", Equipment, min: 500m) };
        var input = Input(description, amount);
        var recorded = Categorizer.Propose(input, Context(rules, Stats(description, Fuel), calibrations: calibrations));

        // Everything reloaded: new model instance from the stored bytes, calibrations rebuilt from their parts.
        var reloaded = SourceCalibrations.FromModels(calibrations.BySource.ToDictionary(p => p.Key, p => p.Value with { }));
        var again = Categorizer.Propose(input with { }, new CascadeContext(rules.ToList(), Stats(description, Fuel),
            ClassifierModel.Load(Model.ModelBytes.ToArray()), Model.Version, reloaded, Options with { }));

        Assert.Equal(calibrations.Version, reloaded.Version);
        Assert.Equal(recorded, again);
        Assert.NotSame(recorded.Trace, again.Trace);
    }

    [Fact]
    public void Different_calibrations_get_different_versions()
    {
        var a = Calibrations((ProposalSources.Model, Constant(-1.0)));
        var b = Calibrations((ProposalSources.Model, Constant(-1.5)));
        Assert.NotEqual(a.Version, b.Version);
        Assert.StartsWith("c-", a.Version);
        Assert.Equal(0.5, SourceCalibrations.Identity.Calibrate(ProposalSources.Llm, 0.5));
    }
}
