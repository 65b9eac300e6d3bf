using Ledger.Api.Import;
using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;

namespace Ledger.Api.Decisions;

/// <summary>
/// One structured line per gate decision: what was decided and why, with no secrets and no full account numbers. At Debug with
/// its own event id: the audit file takes every one of them (see <see cref="Hosting.LedgerLogging"/>), the console none by default.
/// </summary>
public static class DecisionAuditLog
{
    static readonly EventId Audit = new(1001, Hosting.LedgerLogging.DecisionAuditEvent);

    public static void Write(ILogger logger, string? tenantId, TransactionLifecycle t, IReadOnlyList<object> events)
    {
        var proposal = events.OfType<CategoryProposed>().First();
        var gate = events.OfType<GateEvaluated>().First();
        logger.LogDebug(Audit,
            "Decision {TransactionId} tenant {Tenant} bank {BankAccount} amount {Amount} proposed {Account} by {Source} p={P:0.000} autopost={AutoPost} would={WouldAutoPost} reasons={Reasons} policy v{PolicyVersion}",
            t.TransactionId, tenantId, StatementValidation.Mask(t.BankAccountCode), t.Amount, proposal.AccountCode, proposal.Source, proposal.CalibratedP,
            gate.Decision.AutoPost, gate.Decision.WouldAutoPost, string.Join(',', gate.Decision.Reasons), gate.Decision.PolicyVersion);
    }
}
