using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// A deterministic year of bank-feed rows for a small business (checking + credit card), labelled
/// with the account a bookkeeper posted each to. Harder than the Beancount example on purpose:
/// noisy bank strings, amount-dependent accounts, vendors first seen mid-year, refunds at expense
/// vendors, own-account transfers and card payments, and ~1.5% mis-posted labels (real ledgers have them).
/// </summary>
public static class HardFeedGenerator
{
    public const double LabelNoiseRate = 0.015;

    /// <param name="labelNoiseRate">Share of mis-posted labels; 0 gives the clean truth to measure against.</param>
    public static IReadOnlyList<FeedRow> Generate(int seed = 7, int year = 2024, double labelNoiseRate = LabelNoiseRate)
    {
        var rng = new Random(seed); // seeded System.Random is stable across runs and platforms
        var rows = new List<FeedRow>();
        for (var month = 1; month <= 12; month++)
        {
            var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
            foreach (var vendor in HardFeedVendors.All.Concat(HardFeedBills.All))
            {
                if (month < vendor.FirstMonth) continue;
                var count = vendor.DayOfMonth is null ? Poisson(rng, vendor.PerMonth * Growth(month)) : 1;
                for (var i = 0; i < count; i++)
                {
                    var day = vendor.DayOfMonth is { } fixedDay ? Math.Min(fixedDay, days) : rng.Next(1, days + 1);
                    rows.Add(Charge(vendor, new LocalDate(year, month, day), rng));
                }
            }
            rows.AddRange(CardPayment(new LocalDate(year, month, 25), rng));
        }
        var ordered = rows.OrderBy(r => r.Date).ToList(); // stable: same-day rows keep generation order
        return ordered.Select(r => rng.NextDouble() < labelNoiseRate ? Misposted(r, rng) : r).ToList();
    }

    /// <summary>The business grows through the year: December is twice as busy as January.</summary>
    private static double Growth(int month) => 1.0 + (month - 1) / 11.0;

    private static FeedRow Charge(HardFeedVendor vendor, LocalDate date, Random rng)
    {
        var magnitude = vendor.Min == vendor.Max ? vendor.Min : LogUniform(rng, vendor.Min, vendor.Max);
        var refund = !vendor.MoneyIn && rng.NextDouble() < vendor.RefundRate;
        var description = RawDescriptionTemplate.Expand(vendor.Templates[rng.Next(vendor.Templates.Length)], date, rng);
        if (refund && rng.Next(2) == 0) description = "REFUND " + description;
        // A refund is posted back to the account the purchase went to, so it keeps the vendor's account.
        return new FeedRow(date, description, vendor.MoneyIn || refund ? magnitude : -magnitude, vendor.Bank, vendor.AccountForAmount(magnitude));
    }

    /// <summary>One card payment is two feed rows: out of checking (to the card) and into the card (from checking).</summary>
    private static IEnumerable<FeedRow> CardPayment(LocalDate date, Random rng)
    {
        var amount = Math.Round((decimal)(2000 + rng.NextDouble() * 7000), 2);
        yield return new FeedRow(date, RawDescriptionTemplate.Expand("PAYMENT TO CHASE CARD ENDING IN 1007 {mmdd}", date, rng),
            -amount, HardFeedVendor.Checking, HardFeedChart.CardPayment);
        yield return new FeedRow(date.PlusDays(1), "AUTOMATIC PAYMENT - THANK YOU", amount, HardFeedVendor.Card, HardFeedChart.Checking);
    }

    private static FeedRow Misposted(FeedRow row, Random rng)
    {
        var others = HardFeedChart.ExpenseAccounts.Where(a => a != row.TrueAccountCode).ToArray();
        return row with { TrueAccountCode = others[rng.Next(others.Length)], AdjudicatedAccount = row.TrueAccountCode };
    }

    private static decimal LogUniform(Random rng, decimal min, decimal max)
    {
        var (lo, hi) = (Math.Log((double)min), Math.Log((double)max));
        return Math.Round((decimal)Math.Exp(lo + rng.NextDouble() * (hi - lo)), 2);
    }

    // Knuth's method: fine for the small monthly rates used here.
    private static int Poisson(Random rng, double mean)
    {
        var (limit, k, p) = (Math.Exp(-mean), 0, 1.0);
        do { k++; p *= rng.NextDouble(); } while (p > limit);
        return k - 1;
    }
}
