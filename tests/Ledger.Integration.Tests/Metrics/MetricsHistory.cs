using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;
using Marten;
using NodaTime;

namespace Ledger.Integration.Tests.Metrics;

/// <summary>
/// A small tenant history built through the real pipeline (import → propose → gates → post or queue), then the
/// reviewer's answers and a reversal appended as the review slice will append them.
/// </summary>
public sealed record MetricsHistory(string TenantId, string AdminToken, List<CategoryProposed> Proposals, List<GateEvaluated> Gates)
{
    public static async Task<MetricsHistory> BuildAsync(LedgerApp app, string name)
    {
        var t = await app.OnboardAsync(name);
        var admin = app.Client(t.AdminToken);
        (await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory())).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/categorizer/train", null)).EnsureSuccessStatusCode();
        (await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/autopost", new { enabled = true })).EnsureSuccessStatusCode();
        (await admin.UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, 6);

        await using var session = app.Store.QuerySession(t.TenantId);
        var proposals = (await session.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync()).ToList();
        var gates = (await session.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync()).ToList();
        return new MetricsHistory(t.TenantId, t.AdminToken, proposals, gates);
    }

    public CategoryProposed Proposal(string tx) => Proposals.Single(p => p.TransactionId == tx);

    public async Task LabelAsync(LedgerApp app, string tx, string account, Instant at)
    {
        await using var session = app.Store.LightweightSession(TenantId);
        session.Events.Append(CategorizerStreams.Id, new TransactionLabelled(tx, Proposal(tx).VendorKey, "desc", null, -1m, "1000", account,
            LabelSources.Review, "reviewer@test", new LocalDate(2026, 11, 3), at));
        await session.SaveChangesAsync();
    }

    public async Task ReverseAsync(LedgerApp app, string tx, Instant at)
    {
        await using var session = app.Store.LightweightSession(TenantId);
        session.Events.Append(tx, new JournalEntryReversed(Guid.NewGuid(), Guid.NewGuid(), tx, new LocalDate(2026, 11, 4), [], "reviewer@test", "wrong account", at));
        await session.SaveChangesAsync();
    }
}
