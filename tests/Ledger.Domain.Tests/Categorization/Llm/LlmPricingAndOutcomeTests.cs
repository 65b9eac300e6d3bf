using Ledger.Domain.Categorization.Llm;
using NodaTime;

namespace Ledger.Domain.Tests.Categorization.Llm;

public class LlmPricingAndOutcomeTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 3, 15, 12, 0);

    [Fact]
    public void Cost_is_exact_decimal_per_million_tokens()
    {
        var pricing = new LlmPricing(inputPerMillionUsd: 0.15m, outputPerMillionUsd: 0.60m);
        Assert.Equal(0.0000243m, pricing.Cost(42, 30)); // 42*0.15/1e6 + 30*0.60/1e6
        Assert.Equal(0m, pricing.Cost(0, 0));
    }

    [Fact]
    public void Negative_prices_or_tokens_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LlmPricing(-1m, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LlmPricing(1m, 1m).Cost(-1, 0));
    }

    [Fact]
    public void An_invalid_answer_is_still_recorded_with_its_cost()
    {
        var id = Guid.NewGuid();
        LlmOutcome outcome = new LlmOutcome.NotUsed("invalid_answer: unknown account code '6150'", "gpt-x", 400, 20, 0.001m, Duration.FromMilliseconds(300), id);
        Assert.True(outcome.CallMade);
        Assert.Equal(
            new LlmCallRecorded(id, "t1", "tx-9", "gpt-x", 400, 20, 0.001m, "invalid_answer: unknown account code '6150'", At),
            outcome.ToRecorded("t1", "tx-9", At));
    }

    [Fact]
    public void An_answer_is_recorded_as_answered()
    {
        var id = Guid.NewGuid();
        LlmOutcome outcome = new LlmOutcome.Answered("6100", 0.9, "fuel", "gpt-x", 400, 20, 0.001m, Duration.FromMilliseconds(300), id);
        Assert.Equal("answered", outcome.ToRecorded("t1", "tx-9", At)!.Outcome);
        Assert.Equal(id, outcome.SentCallId);
    }

    [Fact]
    public void Nothing_is_recorded_when_no_request_was_sent()
    {
        LlmOutcome outcome = new LlmOutcome.NotUsed(LlmNotUsedReasons.NotConfigured);
        Assert.False(outcome.CallMade);
        Assert.Null(outcome.ToRecorded("t1", "tx-9", At));
    }
}
