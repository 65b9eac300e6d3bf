using Ledger.Domain.Categorization.Llm;
using NodaTime;

namespace Ledger.Domain.Tests.Categorization.Llm;

public class LlmBudgetTests
{
    private static readonly YearMonth March = new(2026, 3);
    private static readonly Instant MidMarch = Instant.FromUtc(2026, 3, 15, 12, 0);

    private static LlmCallRecorded Call(decimal cost, string tenant = "t1", Instant? at = null) =>
        new(Guid.NewGuid(), tenant, "tx-1", "gpt-x", 1000, 50, cost, "answered", at ?? MidMarch);

    [Fact]
    public void Under_both_caps_is_allowed() =>
        Assert.Equal(BudgetCheck.Ok, LlmBudgetPolicy.Check(4.99m, 5m, 99m, 100m));

    [Fact]
    public void Tenant_cap_hit() =>
        Assert.Equal(new BudgetCheck(false, "tenant_budget_exceeded"), LlmBudgetPolicy.Check(5.01m, 5m, 10m, 100m));

    [Fact]
    public void Global_cap_hit_wins_over_the_tenant_cap() =>
        Assert.Equal(new BudgetCheck(false, "global_budget_exceeded"), LlmBudgetPolicy.Check(6m, 5m, 100m, 100m));

    [Fact]
    public void Exactly_at_a_cap_is_exceeded()
    {
        Assert.False(LlmBudgetPolicy.Check(5m, 5m, 0m, 100m).Allowed);
        Assert.False(LlmBudgetPolicy.Check(0m, 5m, 100m, 100m).Allowed);
    }

    [Fact]
    public void A_zero_cap_switches_the_fallback_off() =>
        Assert.Equal("tenant_budget_exceeded", LlmBudgetPolicy.Check(0m, 0m, 0m, 100m).Reason);

    [Fact]
    public void Negative_amounts_are_programming_errors() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LlmBudgetPolicy.Check(-1m, 5m, 0m, 100m));

    [Fact]
    public void Recording_calls_switches_the_fallback_on_once_at_the_tenant_cap()
    {
        var s = LlmBudgetState.Start("t1", March, tenantCapUsd: 0.02m, globalCapUsd: 100m);
        (s, var e1) = s.Record(Call(0.01m));
        Assert.Null(e1);
        Assert.False(s.FallbackActive);

        (s, var e2) = s.Record(Call(0.01m));
        Assert.True(s.FallbackActive);
        Assert.Equal("tenant_budget_exceeded", s.FallbackReason);
        Assert.Equal(new LlmBudgetExceeded("t1", March, "tenant_budget_exceeded", 0.02m, 0.02m, MidMarch), e2);

        (s, var e3) = s.Record(Call(0.01m));
        Assert.Null(e3); // already off: no second event
        Assert.Equal(0.03m, s.TenantSpentUsd);
    }

    [Fact]
    public void Other_tenants_calls_count_only_against_the_global_cap()
    {
        var s = LlmBudgetState.Start("t1", March, tenantCapUsd: 1m, globalCapUsd: 0.05m);
        (s, var e) = s.Record(Call(0.05m, tenant: "t2"));
        Assert.Equal((0m, 0.05m), (s.TenantSpentUsd, s.GlobalSpentUsd));
        Assert.Equal("global_budget_exceeded", s.FallbackReason);
        Assert.Equal(new LlmBudgetExceeded("t1", March, "global_budget_exceeded", 0.05m, 0.05m, MidMarch), e);
    }

    [Fact]
    public void The_next_month_resets_spend_and_lifts_the_fallback()
    {
        var s = LlmBudgetState.Start("t1", March, 0.01m, 100m).Apply(Call(0.01m));
        Assert.True(s.FallbackActive);

        var april = s.ResetForMonth(new YearMonth(2026, 4));
        Assert.Equal((new YearMonth(2026, 4), 0m, 0m, false, (string?)null),
            (april.Month, april.TenantSpentUsd, april.GlobalSpentUsd, april.FallbackActive, april.FallbackReason));
        Assert.Same(s, s.ResetForMonth(March)); // same month: nothing to reset
    }

    [Fact]
    public void A_call_in_a_later_month_starts_that_month_and_a_late_call_is_ignored()
    {
        var s = LlmBudgetState.Start("t1", March, 0.01m, 100m).Apply(Call(0.01m));
        var april = s.Apply(Call(0.004m, at: Instant.FromUtc(2026, 4, 1, 0, 0)));
        Assert.Equal((new YearMonth(2026, 4), 0.004m, false), (april.Month, april.TenantSpentUsd, april.FallbackActive));
        Assert.Same(april, april.Apply(Call(1m, at: Instant.FromUtc(2026, 3, 31, 23, 59))));
    }

    [Fact]
    public void A_raised_cap_lifts_the_fallback_and_a_lowered_one_sets_it()
    {
        var s = LlmBudgetState.Start("t1", March, 0.01m, 100m).Apply(Call(0.01m));
        var raised = s.WithCaps(tenantCapUsd: 5m, globalCapUsd: 100m);
        Assert.False(raised.FallbackActive);
        Assert.Null(raised.FallbackReason);

        var lowered = raised.WithCaps(tenantCapUsd: 0.005m, globalCapUsd: 100m);
        Assert.True(lowered.FallbackActive);
        Assert.NotNull(lowered.ExceededSince(raised, MidMarch));
    }
}
