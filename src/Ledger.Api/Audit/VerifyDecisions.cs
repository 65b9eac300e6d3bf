using Ledger.Api.Auth;
using Ledger.Domain.Decisions;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Audit;

public sealed record VerificationReport(string TenantId, int Checked, int Mismatches, IReadOnlyList<GateMismatch> Details);

/// <summary>Re-runs every recorded gate decision of the tenant (optionally of a date range) from the inputs in its events.</summary>
public static class VerifyDecisions
{
    public static async Task<VerificationReport> RunAsync(IQuerySession session, LocalDate? from, LocalDate? to, CancellationToken ct)
    {
        var query = session.Events.QueryAllRawEvents().Where(e => e.EventTypeName == "gate_evaluated");
        var events = await query.ToListAsync(ct);
        var recorded = events
            .Select(e => (e, g: (GateEvaluated)e.Data))
            .Where(x => from is null || x.g.At.InUtc().Date >= from)
            .Where(x => to is null || x.g.At.InUtc().Date <= to)
            .Select(x => new RecordedGateDecision(x.e.Id, x.g.TransactionId, x.g))
            .ToList();
        var mismatches = GateVerification.Verify(recorded);
        return new VerificationReport(session.TenantId, recorded.Count, mismatches.Count, mismatches);
    }

    [WolverineGet("/api/audit/verify"), Authorize(Policy = Policies.Reader)]
    public static Task<VerificationReport> Get(IQuerySession session, string? from, string? to, CancellationToken ct) =>
        RunAsync(session, QueryValues.Date(from, "from"), QueryValues.Date(to, "to"), ct);
}
