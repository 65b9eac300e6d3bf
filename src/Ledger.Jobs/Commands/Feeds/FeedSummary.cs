using Ledger.Domain.Categorization.Evaluation.HeldOut;

namespace Ledger.Jobs.Commands.Feeds;

/// <summary>What a generated feed holds, per tenant: rows, accounts used, reviewer slips, card-category coverage.</summary>
internal static class FeedSummary
{
    public static void Print(IReadOnlyList<HeldOutRow> rows, IReadOnlyList<TenantProfile> tenants, TextWriter output)
    {
        output.WriteLine($"{"tenant",-30} {"rows",6} {"accounts",9} {"slips",6} {"slip %",7} {"with bank category",19}");
        foreach (var tenant in tenants)
        {
            var mine = rows.Where(r => r.Tenant == tenant.Name).ToList();
            var slips = mine.Count(r => r.IsSlip);
            var categorised = mine.Count(r => r.BankCategory.Length > 0);
            output.WriteLine($"{tenant.Name,-30} {mine.Count,6} {mine.Select(r => r.TrueAccount).Distinct().Count(),9} {slips,6} {100.0 * slips / Math.Max(1, mine.Count),6:0.00}% {categorised,19}");
        }
    }
}
