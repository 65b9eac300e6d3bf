using Ledger.Api.Auth;
using Ledger.Api.Categorization;
using Ledger.Domain.Decisions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Audit;

/// <param name="Checked">Gate decisions replayed; <paramref name="Mismatches"/> and <paramref name="Details"/> are theirs.</param>
/// <param name="Proposals">The proposals recomputed through the cascade, with their own mismatches.</param>
public sealed record VerificationReport(string TenantId, int Checked, int Mismatches, IReadOnlyList<GateMismatch> Details, ProposalVerificationReport Proposals);

/// <summary>
/// Re-runs every recorded gate decision of the tenant (optionally of a date range) from the inputs in its events, and
/// recomputes every recorded proposal from its recorded versions (<see cref="VerifyProposals"/>).
/// </summary>
public static class VerifyDecisions
{
    public static async Task<VerificationReport> RunAsync(IQuerySession session, CategorizerContextLoader loader, LocalDate? from, LocalDate? to, CancellationToken ct)
    {
        var query = session.Events.QueryAllRawEvents().Where(e => e.EventTypeName == "gate_evaluated" || e.EventTypeName == "category_proposed");
        var events = await query.ToListAsync(ct);
        // The reasons no_proposal and llm_unavailable come from the decision's proposal, recorded just before it in the stream.
        var proposalOf = events.Where(e => e.Data is CategoryProposed).GroupBy(e => e.StreamKey!)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Version).Select(e => (CategoryProposed)e.Data).Last());
        var recorded = events
            .Where(e => e.Data is GateEvaluated)
            .Select(e => (e, g: (GateEvaluated)e.Data))
            .Where(x => from is null || x.g.At.InUtc().Date >= from)
            .Where(x => to is null || x.g.At.InUtc().Date <= to)
            .Select(x => new RecordedGateDecision(x.e.Id, x.g.TransactionId, x.g, proposalOf.GetValueOrDefault(x.e.StreamKey!)))
            .ToList();
        var mismatches = GateVerification.Verify(recorded);
        var proposals = await VerifyProposals.RunAsync(session, loader, from, to, ct);
        return new VerificationReport(session.TenantId, recorded.Count, mismatches.Count, mismatches, proposals);
    }

    [WolverineGet("/api/audit/verify"), Authorize(Policy = Policies.Reader)]
    public static Task<VerificationReport> Get(IQuerySession session, CategorizerContextLoader loader, string? from, string? to, CancellationToken ct) =>
        RunAsync(session, loader, QueryValues.Date(from, "from"), QueryValues.Date(to, "to"), ct);
}
