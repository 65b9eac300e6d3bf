using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Llm;
using NodaTime;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>
/// The LLM answer replaces the draft only when its calibrated confidence is higher; every way of not answering keeps
/// the draft, and the trace says which, so a reviewer sees why no LLM suggestion is there.
/// </summary>
public sealed class CategorizerLlmTests
{
    private const string Coffee = "BLUE BOTTLE COFFEE 77";

    // Model calibrated to σ(-1) ≈ 0.27, LLM left at identity: an LLM confidence of 0.9 then clearly beats the model.
    private static readonly SourceCalibrations Calibrated = Calibrations((ProposalSources.Model, Constant(logit: -1.0)));

    private static ProposalDraft UnsureDraft() => Categorizer.Propose(Input(Coffee), Context(stats: Stats(Coffee, Meals), calibrations: Calibrated));

    private static LlmOutcome.Answered Answer(string account, double confidence) =>
        new(account, confidence, "coffee shop", "gpt-test", 300, 20, 0.0004m, Duration.FromMilliseconds(800), new Guid(9, 0, 0, new byte[8]));

    [Fact]
    public void A_better_llm_answer_becomes_the_proposal_and_the_model_answer_an_alternative()
    {
        var draft = UnsureDraft();
        var merged = Categorizer.WithLlm(draft, Answer(Office, 0.9), Calibrated);

        Assert.Equal((ProposalSources.Llm, Office, 0.9, 0.9), (merged.Source, merged.AccountCode, merged.RawP, merged.CalibratedP));
        Assert.Equal(new Ledger.Domain.Categorization.Model.AccountScore(Meals, draft.RawP), merged.Alternatives[0]);
        Assert.DoesNotContain(merged.Alternatives, a => a.AccountCode == Office);
        Assert.Equal(draft.ModelVersion, merged.ModelVersion); // the model was still consulted
        Assert.Equal(draft.Trace, merged.Trace.Take(draft.Trace.Count));
        Assert.Equal("llm gpt-test: 6300 p=0.90 (cal 0.90) beats model 6200 cal 0.27; llm proposes", merged.Trace[^1]);

        var recorded = merged.ToEvent("tx-1", Answer(Office, 0.9), 1.5, Instant.FromUnixTimeSeconds(0));
        Assert.Equal((new Guid(9, 0, 0, new byte[8]), 0.0004m), (recorded.LlmCallId!.Value, recorded.LlmCostUsd));
    }

    [Fact]
    public void A_weaker_llm_answer_keeps_the_draft()
    {
        var draft = UnsureDraft();
        var merged = Categorizer.WithLlm(draft, Answer(Office, 0.2), Calibrated);

        Assert.Equal((draft.Source, draft.AccountCode, draft.CalibratedP), (merged.Source, merged.AccountCode, merged.CalibratedP));
        Assert.Equal("llm gpt-test: 6300 p=0.20 (cal 0.20) does not beat model 6200 cal 0.27; keeping model", merged.Trace[^1]);
    }

    [Theory]
    [InlineData(LlmNotUsedReasons.Timeout)]
    [InlineData(LlmNotUsedReasons.TenantBudgetExceeded)]
    [InlineData(LlmNotUsedReasons.GlobalBudgetExceeded)]
    [InlineData(LlmNotUsedReasons.NotConfigured)]
    public void No_llm_answer_keeps_the_draft_and_says_why(string reason)
    {
        var draft = UnsureDraft();
        var merged = Categorizer.WithLlm(draft, new LlmOutcome.NotUsed(reason), Calibrated);

        Assert.Equal(draft with { Trace = merged.Trace }, merged);
        Assert.Equal($"llm: not used ({reason}); keeping model", merged.Trace[^1]);
    }

    [Fact]
    public void Any_llm_answer_beats_no_proposal()
    {
        var none = Categorizer.Propose(Input(Coffee), Context(withModel: false));
        var merged = Categorizer.WithLlm(none, Answer(Meals, 0.3), SourceCalibrations.Identity);
        Assert.Equal((ProposalSources.Llm, Meals), (merged.Source, merged.AccountCode));
        Assert.Empty(merged.Alternatives);
    }

    [Fact]
    public void Llm_p_is_compared_only_under_the_calibration_version_of_the_draft() =>
        Assert.Throws<ArgumentException>(() => Categorizer.WithLlm(UnsureDraft(), Answer(Office, 0.9), SourceCalibrations.Identity));
}
