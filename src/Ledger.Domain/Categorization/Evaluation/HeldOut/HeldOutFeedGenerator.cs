namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>
/// Writes a year of statement lines for each tenant profile, deterministic for a seed: a tenant's lines depend
/// only on the seed, the year and its own profile, so the same tenant reads the same in any feed.
/// </summary>
public static class HeldOutFeedGenerator
{
    public static IReadOnlyList<HeldOutRow> Generate(IEnumerable<TenantProfile> tenants, int year, int seed) =>
        tenants.SelectMany(t => Tenant(t, year, seed)).ToList();

    private static IEnumerable<HeldOutRow> Tenant(TenantProfile tenant, int year, int seed)
    {
        var random = new Random((int)(TextCut.StableHash($"{seed}:{year}:{tenant.Name}") & 0x7FFFFFFF));
        var tokens = new DescriptorTokens(random);
        var payees = new PayeeLines(tenant, year, random, tokens);
        var lines = tenant.Payees.SelectMany(payees.For).ToList();
        lines.AddRange(CardPayments.For(tenant, lines, year, random, tokens).ToList());
        // A stable sort keeps same-day lines of one account in the order they were made.
        var sorted = lines.Select((l, i) => (l, i)).OrderBy(x => x.l.Date).ThenBy(x => x.l.BankAccount).ThenBy(x => x.i).Select(x => x.l).ToList();
        var numbered = NumberChecks(sorted, tenant.FirstCheck);
        var recorded = ReviewerSlips.Recorded(numbered, tenant.Chart, random);
        return numbered.Select((l, i) => new HeldOutRow(tenant.Name, l.Date, l.Description, l.Amount, recorded[i], l.Account, l.BankAccount, l.BankCategory));
    }

    private static List<StatementLine> NumberChecks(List<StatementLine> lines, int first)
    {
        var next = first;
        return lines.Select(l => l.Description.Contains("{check}") ? l with { Description = l.Description.Replace("{check}", (next++).ToString()) } : l).ToList();
    }
}
