using Ledger.Domain.Categorization.Llm;
using Ledger.Projections.Llm;
using Ledger.Projections.Tenants;
using Marten;
using NodaTime;

namespace Ledger.Api.Categorization;

/// <summary>
/// The one place fallback state is decided for reading: this month's recorded spend against the caps in force now
/// (<see cref="LlmBudgetState.FromSpend"/>), the same computation the decisions use. A cap lowered below the spend puts the
/// tenant in fallback at once; a raised cap takes it out. (The projection's FallbackActive only records that a cap was once
/// crossed by a call, which a changed cap does not undo.)
/// </summary>
public static class LlmFallbackStates
{
    public static async Task<IReadOnlyList<LlmBudgetState>> AllAsync(IDocumentStore store, LlmCaps caps, Instant now, CancellationToken ct)
    {
        var month = LlmBudgetState.MonthOf(now);
        var key = LlmBudget.KeyFor(month);
        await using var all = store.QuerySession();
        var tenants = await all.Query<Tenant>().Where(x => x.AnyTenant()).ToListAsync(ct);
        var spend = new Dictionary<string, decimal>();
        foreach (var tenant in tenants)
        {
            await using var own = store.QuerySession(tenant.Id);
            spend[tenant.Id] = (await own.LoadAsync<LlmBudget>(key, ct))?.SpentUsd ?? 0m;
        }
        var global = spend.Values.Sum();
        return tenants.Select(t => LlmBudgetState.FromSpend(t.Id, month, spend[t.Id], t.Limits.LlmMonthlyCapUsd, global, caps.GlobalMonthlyCapUsd)).ToList();
    }
}
