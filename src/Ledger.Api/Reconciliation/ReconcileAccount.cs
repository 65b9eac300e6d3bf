using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Accounts;
using Ledger.Domain.Reconciliation;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Reconciliation;

/// <summary>Mark an account reconciled on a statement date, with the bank and book balances the reviewer saw.</summary>
public sealed record MarkReconciled(LocalDate? Date, decimal? BankBalance, decimal? BookBalance, string? Note);

/// <summary>Reconciliation of one bank or card account: the report (HTTP GET, jobs `reconcile`) and the reviewer's mark.</summary>
public static class AccountReconciliation
{
    public static async Task<ReconciliationReport> ReportAsync(IQuerySession session, string account, LocalDate? date, CancellationToken ct)
    {
        await BankAccountAsync(session, account, ct);
        var statements = (await ReconciliationData.StatementsAsync(session, account, ct)).Where(s => s.Closing is not null).OrderBy(s => s.Closing!.AsOf).ThenBy(s => s.At).ToList();
        if (statements.Count == 0)
            throw new DomainException($"Account {account} has no imported statement with a closing balance to reconcile against.");
        var statement = date is not { } d ? statements[^1]
            : statements.LastOrDefault(s => s.Closing!.AsOf == d) ?? throw new DomainException(
                $"Account {account} has no statement closing on {d:uuuu-MM-dd}; its statements close on {string.Join(", ", statements.Select(s => s.Closing!.AsOf.ToString("uuuu-MM-dd", null)).Distinct())}.");
        var (lines, postings) = await ReconciliationData.LinesAndPostingsAsync(session, account, statement.Closing!.AsOf, ct);
        return Reconciler.Reconcile(account, statement.Closing.AsOf, statement.Closing.Amount, lines, postings);
    }

    public static async Task<AccountReconciled> MarkAsync(IDocumentSession session, string account, MarkReconciled cmd, string by, Instant now, CancellationToken ct)
    {
        if (cmd.Date is null || cmd.BankBalance is null || cmd.BookBalance is null)
            throw new DomainException("date, bankBalance and bookBalance are required: a reconciliation records the figures the reviewer saw.");
        var report = await ReportAsync(session, account, cmd.Date, ct);
        if (report.BankBalance != cmd.BankBalance || report.BookBalance != cmd.BookBalance)
            throw new ReconciliationChangedException(
                $"Account {account} on {cmd.Date:uuuu-MM-dd} is now bank {report.BankBalance:0.00}, book {report.BookBalance:0.00}, not the {cmd.BankBalance:0.00} / {cmd.BookBalance:0.00} you saw; nothing was recorded. Look again and mark it.");
        var reconciled = new AccountReconciled(account, report.StatementDate, report.BankBalance, report.BookBalance, report.Difference, report.Unexplained,
            report.BankLines, report.Items.Count, string.IsNullOrWhiteSpace(cmd.Note) ? null : cmd.Note.Trim(), by, now);
        var state = await session.Events.FetchStreamStateAsync(ReconciliationStreams.Reconciliations, ct);
        if (state is null) session.Events.StartStream<ReconciliationLog>(ReconciliationStreams.Reconciliations, reconciled);
        else session.Events.Append(ReconciliationStreams.Reconciliations, state.Version + 1, reconciled);
        await session.SaveChangesAsync(ct);
        return reconciled;
    }

    public static Task<IReadOnlyList<AccountReconciled>> RecordedAsync(IQuerySession session, CancellationToken ct) =>
        Ledger.Projections.Reconciliation.RecordedReconciliations.LoadAsync(session, ct);

    public static async Task<(Tenant Tenant, ChartAccount Account)> BankAccountAsync(IQuerySession session, string account, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(session.TenantId, ct) ?? throw new DomainException("Unknown tenant.");
        var bank = tenant.Account(account?.Trim() ?? "");
        if (bank is null || bank.Type is not (AccountType.Asset or AccountType.Liability))
            throw new DomainException($"Account '{account}' is not a bank (Asset) or card (Liability) account of this tenant's chart.");
        return (tenant, bank);
    }
}

public static class ReconcileAccountEndpoints
{
    /// <summary>The account against the bank on a statement's closing date (the latest when no date is given), explained line by line.</summary>
    [WolverineGet("/api/accounts/{code}/reconciliation"), Authorize(Policy = Policies.Reader)]
    public static Task<ReconciliationReport> Get(string code, string? date, IQuerySession session, CancellationToken ct) =>
        AccountReconciliation.ReportAsync(session, code, QueryValues.Date(date, "date"), ct);

    [WolverinePost("/api/accounts/{code}/reconciliation"), Authorize(Policy = Policies.Reviewer)]
    public static Task<AccountReconciled> Post(string code, MarkReconciled cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct) =>
        AccountReconciliation.MarkAsync(session, code, cmd, user.UserName(), clock.GetCurrentInstant(), ct);

    [WolverineGet("/api/reconciliations"), Authorize(Policy = Policies.Reader)]
    public static Task<IReadOnlyList<AccountReconciled>> List(IQuerySession session, CancellationToken ct) => AccountReconciliation.RecordedAsync(session, ct);
}
