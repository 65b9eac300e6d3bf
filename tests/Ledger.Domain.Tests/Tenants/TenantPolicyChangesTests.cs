using Ledger.Domain.Tenants;
using NodaTime;

namespace Ledger.Domain.Tests.Tenants;

public class TenantPolicyChangesTests
{
    static readonly Instant Now = Instant.FromUtc(2026, 11, 2, 9, 0);
    static readonly TenantLimits Starter = TenantTemplates.Starter.Limits;

    static TenantPolicyChanged? Change(decimal? threshold = null, int? coldStart = null, decimal? cap = null, int? retrain = null, string? reason = null) =>
        TenantPolicyChanges.Decide("t-1", Starter, new PolicyChangeRequest(threshold, coldStart, cap, retrain, reason), "op", Now);

    [Fact]
    public void Omitted_fields_keep_their_value()
    {
        var changed = Change(retrain: 120, reason: " pilot ")!;
        Assert.Equal((Starter.AutopostThreshold, Starter.ColdStartMinLabels, Starter.LlmMonthlyCapUsd), (changed.AutopostThreshold, changed.ColdStartMinLabels, changed.LlmMonthlyCapUsd));
        Assert.Equal((120, "pilot", "op", Now), (changed.RetrainAfterLabels, changed.Reason, changed.ChangedBy, changed.At));
    }

    [Fact]
    public void A_request_that_changes_nothing_records_nothing()
    {
        Assert.Null(Change());
        Assert.Null(Change(retrain: Starter.RetrainAfterLabels, threshold: Starter.AutopostThreshold));
    }

    [Theory]
    [InlineData(0.0, null, null, null, "autopostThreshold")]
    [InlineData(1.01, null, null, null, "autopostThreshold")]
    [InlineData(null, -1, null, null, "coldStartMinLabels")]
    [InlineData(null, null, -5.0, null, "llmMonthlyCapUsd")]
    [InlineData(null, null, null, 0, "retrainAfterLabels")]
    public void Out_of_range_numbers_are_refused_naming_the_field(double? threshold, int? coldStart, double? cap, int? retrain, string field) =>
        Assert.Equal(field, Assert.Throws<FieldRefusedException>(() => Change((decimal?)threshold, coldStart, (decimal?)cap, retrain)).Field);

    [Fact]
    public void A_tenant_onboarded_before_the_retraining_number_reads_back_with_the_default()
    {
        var json = """{"MaxTransactionsPerMonth":500,"AutopostThreshold":0.9,"ColdStartMinLabels":3,"LlmMonthlyCapUsd":50,"QboDateFormat":"MM/dd/yyyy"}""";
        var limits = System.Text.Json.JsonSerializer.Deserialize<TenantLimits>(json)!;
        // Events are forever: what an old event reads as is the number it was recorded under, whatever new tenants get now.
        Assert.Equal(200, limits.RetrainAfterLabels);
        Assert.Equal(50, Starter.RetrainAfterLabels);
        // Their QBO exports said USD: that is the currency their books read back in.
        Assert.Equal("USD", limits.BooksCurrency);
    }

    [Fact]
    public void An_onboarding_event_recorded_before_books_had_a_currency_reads_back_usd()
    {
        var onboarded = System.Text.Json.JsonSerializer.Deserialize<TenantOnboarded>(
            """{"TenantId":"t-1","Name":"Old Co","Template":"starter","ChartName":"standard_small_business","Chart":[],"OnboardedBy":"op","Limits":{"MaxTransactionsPerMonth":500,"AutopostThreshold":0.9,"ColdStartMinLabels":3,"LlmMonthlyCapUsd":50,"QboDateFormat":"MM/dd/yyyy"}}""")!;
        Assert.Equal("USD", onboarded.Limits.BooksCurrency);
    }

    [Fact]
    public void Posting_into_the_first_open_period_is_a_recorded_policy_change_and_off_in_every_history_before_it()
    {
        var on = TenantPolicyChanges.Decide("t-1", Starter, new PolicyChangeRequest(null, null, null, null, "late card statements", PostIntoFirstOpenPeriod: true), "op", Now)!;
        Assert.True(on.PostIntoFirstOpenPeriod);
        Assert.Null(TenantPolicyChanges.Decide("t-1", Starter with { PostIntoFirstOpenPeriod = true },
            new PolicyChangeRequest(null, null, null, null, null, PostIntoFirstOpenPeriod: true), "op", Now));
        // Written before the field existed: the limits read as off, and an old change event as "unchanged".
        var limits = System.Text.Json.JsonSerializer.Deserialize<TenantLimits>(
            """{"MaxTransactionsPerMonth":500,"AutopostThreshold":0.9,"ColdStartMinLabels":3,"LlmMonthlyCapUsd":50,"QboDateFormat":"MM/dd/yyyy"}""")!;
        Assert.False(limits.PostIntoFirstOpenPeriod);
        var old = System.Text.Json.JsonSerializer.Deserialize<TenantPolicyChanged>(
            """{"TenantId":"t-1","AutopostThreshold":0.9,"ColdStartMinLabels":3,"LlmMonthlyCapUsd":50,"ChangedBy":"op","RetrainAfterLabels":null}""")!;
        Assert.Null(old.PostIntoFirstOpenPeriod);
    }
}
