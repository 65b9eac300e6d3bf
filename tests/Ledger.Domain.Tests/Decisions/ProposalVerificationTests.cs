using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Decisions;
using NodaTime;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Decisions;

/// <summary>A recorded proposal recomputes equal from its recorded inputs; any edited input or output is a mismatch naming the field.</summary>
public class ProposalVerificationTests
{
    const string Staples = "STAPLES 1003 SAN FRANCISCO CA", Coffee = "BLUE BOTTLE COFFEE 77";
    static readonly Guid EventId = new(7, 0, 0, new byte[8]);
    static readonly Instant At = Instant.FromUtc(2026, 11, 3, 9, 0);
    static readonly SourceCalibrations Calibrated = Calibrations((ProposalSources.Model, Constant(logit: -1.0)));

    /// <summary>What the pipeline does: propose with the vendor's stats, fold in the LLM when wanted, record.</summary>
    static (RecordedProposal Recorded, CascadeContext Versions) Record(string description, string[] labels, LlmOutcome? llm = null,
        CascadeContext? versions = null)
    {
        versions ??= Context(calibrations: Calibrated);
        var input = Input(description);
        var stats = labels.Length == 0 ? null : Stats(description, labels);
        var draft = Categorizer.Propose(input, versions with { VendorStats = stats });
        var outcome = draft.WantsLlm ? llm ?? new LlmOutcome.NotUsed(LlmNotUsedReasons.NotConfigured) : null;
        if (outcome is not null) draft = Categorizer.WithLlm(draft, outcome, versions.Calibrations);
        var recorded = draft.ToEvent(input.TransactionId, outcome, 1.0, At, 4, stats?.LabelsByAccount);
        return (new RecordedProposal(EventId, recorded, input, null, (outcome as LlmOutcome.Answered)?.Model), versions);
    }

    [Fact]
    public void Vendor_history_rule_model_and_llm_proposals_recompute_equal()
    {
        var (history, hv) = Record(Staples, [Office, Office, Office, Office]);
        Assert.Equal(ProposalSources.VendorHistory, history.Recorded.Source);
        Assert.Null(ProposalVerification.Verify(history, hv));

        var ruled = Context(rules: [Rule(Staples, Equipment)], calibrations: Calibrated);
        var (rule, rv) = Record(Staples, [Office], versions: ruled);
        Assert.Equal(ProposalSources.Rule, rule.Recorded.Source);
        Assert.Null(ProposalVerification.Verify(rule, rv));

        var (model, mv) = Record(Coffee, [Meals]);   // unsure model, LLM not configured: the last trace line says so
        Assert.Equal(ProposalSources.Model, model.Recorded.Source);
        Assert.StartsWith("llm: not used", model.Recorded.Trace[^1]);
        Assert.Null(ProposalVerification.Verify(model, mv));

        var answer = new LlmOutcome.Answered(Office, 0.9, "supplies", "gpt-test", 300, 20, 0.0004m, Duration.FromMilliseconds(800), new Guid(9, 0, 0, new byte[8]));
        var (llm, lv) = Record(Coffee, [Meals], answer);
        Assert.Equal(ProposalSources.Llm, llm.Recorded.Source);
        Assert.Null(ProposalVerification.Verify(llm, lv));
    }

    [Fact]
    public void Edited_vendor_labels_are_a_mismatch_naming_what_changed()
    {
        var (p, v) = Record(Staples, [Office, Office, Office, Office]);
        Assert.Equal(ProposalSources.VendorHistory, p.Recorded.Source);
        var tampered = p with { Recorded = p.Recorded with { VendorLabels = new Dictionary<string, int> { [Office] = 1 } } };
        var mismatch = ProposalVerification.Verify(tampered, v);
        Assert.NotNull(mismatch);
        Assert.Equal((EventId, "tx-1"), (mismatch.EventId, mismatch.TransactionId));
        Assert.Contains("source", mismatch.Fields);
        Assert.Contains("trace", mismatch.Fields);
    }

    [Fact]
    public void An_edited_probability_or_other_versions_are_a_mismatch()
    {
        var (p, v) = Record(Coffee, [Meals]);
        Assert.Equal(["calibratedP"], ProposalVerification.Verify(p with { Recorded = p.Recorded with { CalibratedP = 0.99 } }, v)!.Fields);
        Assert.Contains("calibrationVersion", ProposalVerification.Verify(p, v with { Calibrations = SourceCalibrations.Identity })!.Fields);
        Assert.Contains("modelVersion", ProposalVerification.Verify(p, v with { Model = null, ModelVersion = null })!.Fields);
    }

    [Fact]
    public void Stats_for_another_vendor_are_reported_not_thrown()
    {
        var (p, v) = Record(Staples, [Office, Office, Office]);
        var moved = p with { Input = Input(Coffee) };
        Assert.NotNull(ProposalVerification.Verify(moved, v));
    }
}
