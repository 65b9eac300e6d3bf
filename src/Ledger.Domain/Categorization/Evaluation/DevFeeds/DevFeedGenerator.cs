using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.DevFeeds;

/// <summary>
/// Development feeds for tuning the categorizer: small-business tenants a year each (a bakery, a plumbing contractor, a
/// design agency), with raw bank strings (store numbers, cities, "SQ *", "TST*", "PAYPAL *" prefixes, masked cards),
/// vendors whose account depends on the amount or changes mid-year, vendors that appear mid-year, one-off merchants,
/// refunds, card payments, the bank's category on card rows, 1.5% reviewer slips (the recorded account) and the
/// adjudicated account of every row. Deterministic per seed. Not for claiming accuracy: they were written by the same
/// hands as the categorizer; held-out feeds are.
/// </summary>
public static class DevFeedGenerator
{
    public const double SlipRate = 0.015;

    public static IReadOnlyList<FeedRow> Generate(int seed = 11, int year = 2025, double slipRate = SlipRate) =>
        DevTenants.All.SelectMany((t, i) => Tenant(t, seed * 31 + i, year, slipRate)).ToList();

    private static IEnumerable<FeedRow> Tenant(DevTenant tenant, int seed, int year, double slipRate)
    {
        var rng = new Random(seed);
        var rows = new List<FeedRow>();
        for (var month = 1; month <= 12; month++)
        {
            var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
            foreach (var v in tenant.Vendors.Where(v => month >= v.FirstMonth && month <= v.LastMonth))
            {
                var count = v.Day is null ? Poisson(rng, v.PerMonth * (1 + (month - 1) / 22.0)) : 1;
                for (var i = 0; i < count; i++)
                    rows.Add(Charge(tenant, v, new LocalDate(year, month, v.Day is { } d ? Math.Min(d, days) : rng.Next(1, days + 1)), rng));
            }
            foreach (var o in tenant.OneOffs)
                for (var i = Poisson(rng, o.PerMonth); i > 0; i--)
                    rows.Add(OneOff(tenant, o, new LocalDate(year, month, rng.Next(1, days + 1)), rng));
        }
        var accounts = rows.Select(r => r.TrueAccountCode).Distinct().Order(StringComparer.Ordinal).ToArray();
        return rows.OrderBy(r => r.Date).Select(r => rng.NextDouble() < slipRate ? Slip(r, accounts, rng) : r).ToList();
    }

    private static FeedRow Charge(DevTenant tenant, DevVendor v, LocalDate date, Random rng)
    {
        var magnitude = v.Min == v.Max ? v.Min : LogUniform(rng, v.Min, v.Max);
        var refund = !v.MoneyIn && rng.NextDouble() < v.RefundRate;
        var text = DevText.Expand(v.Templates[rng.Next(v.Templates.Length)], date, rng, v.Card ? 40 : 60);
        if (refund) text = (rng.Next(2) == 0 ? "RETURN " : "REFUND ") + text;
        var account = v.AccountFor(magnitude, date.Month);
        return Row(tenant, date, text, v.MoneyIn || refund ? magnitude : -magnitude, v.Card, account, v.Category);
    }

    private static FeedRow OneOff(DevTenant tenant, DevOneOffs o, LocalDate date, Random rng)
    {
        var name = o.Prefixes[rng.Next(o.Prefixes.Length)] + o.First[rng.Next(o.First.Length)] + " " + o.Second[rng.Next(o.Second.Length)];
        var text = DevText.Expand(name + (rng.Next(3) == 0 ? " {city}" : rng.Next(2) == 0 ? " #{n3}" : ""), date, rng, 40);
        return Row(tenant, date, text, -LogUniform(rng, o.Min, o.Max), true, o.Account, o.Category);
    }

    private static FeedRow Row(DevTenant tenant, LocalDate date, string text, decimal amount, bool card, string account, string? category) =>
        new(date, text, amount, card ? tenant.Card : tenant.Checking, account)
        {
            Tenant = tenant.Name, AdjudicatedAccount = account, BankCategory = card ? category : null,
        };

    /// <summary>A reviewer's slip: the recorded account is another of the tenant's accounts; the adjudicated one stays.</summary>
    internal static FeedRow Slip(FeedRow row, string[] accounts, Random rng)
    {
        var others = accounts.Where(a => a != row.TrueAccountCode).ToArray();
        return row with { TrueAccountCode = others[rng.Next(others.Length)] };
    }

    internal static decimal LogUniform(Random rng, decimal min, decimal max)
    {
        var (lo, hi) = (Math.Log((double)min), Math.Log((double)max));
        return Math.Round((decimal)Math.Exp(lo + rng.NextDouble() * (hi - lo)), 2);
    }

    internal static int Poisson(Random rng, double mean)
    {
        var (limit, k, p) = (Math.Exp(-mean), 0, 1.0);
        do { k++; p *= rng.NextDouble(); } while (p > limit);
        return k - 1;
    }
}
