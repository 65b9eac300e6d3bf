using Ledger.Domain.Categorization.Evaluation.DevFeeds;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

/// <summary>
/// A second development generator with other noise than <see cref="DevFeedGenerator"/>: every merchant trades
/// under several names and is printed by several bank formats (card network, debit card of the checking account, ACH
/// entries, checks, Zelle), many merchants are seen once, some vendors are split between two accounts by amount or by
/// what was bought, and 1.5% of the recorded accounts are reviewer slips (the adjudicated account is kept). Written for
/// tuning, from general knowledge of US small-business statements; deterministic per seed.
/// </summary>
public static class NoisyFeedGenerator
{
    public static IReadOnlyList<FeedRow> Generate(int seed = 21, int year = 2025, double slipRate = DevFeedGenerator.SlipRate) =>
        Generate(NoisyTenants.All, seed, year, slipRate);

    /// <summary>The third development generator's feed (<see cref="FreshFeeds.FreshTenants"/>): other tenants, same noise.</summary>
    public static IReadOnlyList<FeedRow> GenerateFresh(int seed = 31, int year = 2025) =>
        Generate(FreshFeeds.FreshTenants.All, seed, year, DevFeedGenerator.SlipRate);

    private static IReadOnlyList<FeedRow> Generate(IReadOnlyList<NoisyTenant> tenants, int seed, int year, double slipRate) =>
        tenants.SelectMany((t, i) => Tenant(t, seed * 37 + i, year, slipRate)).ToList();

    private static IEnumerable<FeedRow> Tenant(NoisyTenant tenant, int seed, int year, double slipRate)
    {
        var rng = new Random(seed);
        var rows = new List<FeedRow>();
        for (var month = 1; month <= 12; month++)
        {
            var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
            foreach (var m in tenant.Merchants.Where(m => month >= m.FirstMonth && month <= m.LastMonth))
                for (var i = m.Day is null ? DevFeedGenerator.Poisson(rng, m.PerMonth) : 1; i > 0; i--)
                    rows.Add(Line(tenant, m, new LocalDate(year, month, m.Day is { } d ? Math.Min(d, days) : rng.Next(1, days + 1)), rng));
            foreach (var o in tenant.OneOffs)
                for (var i = DevFeedGenerator.Poisson(rng, o.PerMonth); i > 0; i--)
                {
                    var date = new LocalDate(year, month, rng.Next(1, days + 1));
                    var name = o.Names[rng.Next(o.Names.Length)];
                    var debit = rng.Next(3) == 0;
                    var text = debit ? NoisyText.Debit(name, tenant.CardStyle, date, rng) : NoisyText.Card(name, tenant.CardStyle, date, rng);
                    rows.Add(Row(tenant, date, text, -DevFeedGenerator.LogUniform(rng, o.Min, o.Max), debit ? tenant.Checking : tenant.Card, o.Account, debit ? null : o.Category));
                }
        }
        var accounts = rows.Select(r => r.TrueAccountCode).Distinct().Order(StringComparer.Ordinal).ToArray();
        return rows.OrderBy(r => r.Date).Select(r => rng.NextDouble() < slipRate ? DevFeedGenerator.Slip(r, accounts, rng) : r).ToList();
    }

    private static FeedRow Line(NoisyTenant tenant, NoisyMerchant m, LocalDate date, Random rng)
    {
        var magnitude = m.Min == m.Max ? m.Min : DevFeedGenerator.LogUniform(rng, m.Min, m.Max);
        var refund = !m.MoneyIn && rng.NextDouble() < m.RefundRate;
        var name = m.Names[rng.Next(m.Names.Length)];
        var account = m.AccountFor(magnitude, rng);
        var amount = m.MoneyIn || refund ? magnitude : -magnitude;
        var owner = tenant.Name.Split('-')[0].ToUpperInvariant();
        var (text, bank, category) = m.Rail switch
        {
            Rail.Card when rng.Next(10) < 3 => (NoisyText.Debit(name, tenant.CardStyle, date, rng), tenant.Checking, null),
            Rail.Card => (NoisyText.Card(name, tenant.CardStyle, date, rng), tenant.Card, m.Category),
            Rail.Ach => (NoisyText.Ach(name, m.AchWhat, owner, date, rng), tenant.Checking, null),
            Rail.Check => (NoisyText.Check(rng), tenant.Checking, null),
            Rail.Zelle => (NoisyText.Zelle(name, m.MoneyIn, date, rng), tenant.Checking, null),
            Rail.Deposit => (NoisyText.Deposit(name, rng), tenant.Checking, null),
            _ => (name, tenant.Checking, null),
        };
        if (refund) text = (rng.Next(2) == 0 ? "RETURN " : "CREDIT ") + text;
        return Row(tenant, date, text, amount, bank, account, category);
    }

    private static FeedRow Row(NoisyTenant tenant, LocalDate date, string text, decimal amount, string bank, string account, string? category) =>
        new(date, text, amount, bank, account) { Tenant = tenant.Name, AdjudicatedAccount = account, BankCategory = category };
}
