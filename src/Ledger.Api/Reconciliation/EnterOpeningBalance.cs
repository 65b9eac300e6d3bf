using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Api.Close;
using Ledger.Domain;
using Ledger.Domain.Reconciliation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Reconciliation;

/// <summary>
/// The account's balance before its first statement line, as a balanced entry against equity. Amount and date may be given
/// (from the client's books); left out, they are derived from the earliest statement with a closing balance.
/// </summary>
public sealed record EnterOpeningBalance(decimal? Amount, LocalDate? AsOf, string? EquityAccount);

public static class OpeningBalanceEntry
{
    public static async Task<OpeningBalanceEntered> EnterAsync(IDocumentSession session, string account, EnterOpeningBalance cmd, string by, Instant now,
        CancellationToken ct)
    {
        var (tenant, bank) = await AccountReconciliation.BankAccountAsync(session, account, ct);
        var equity = OpeningBalances.EquityOf(tenant.Chart, cmd.EquityAccount);
        var (amount, asOf, source) = (cmd.Amount, cmd.AsOf) is ({ } a, { } d) ? (a, d, "entered")
            : await DerivedAsync(session, bank.Code, ct) is var (da, dd) ? (cmd.Amount ?? da, cmd.AsOf ?? dd, "derived from the first statement")
            : throw new DomainException($"Account {bank.Code} has no statement with a closing balance to derive the opening balance from; give amount and asOf.");
        var entered = OpeningBalances.Enter(bank, equity, asOf, amount, source, by, now);
        (await PeriodCloseTurn.ShareAsync(session, tenant, ct)).RequireOpen([entered]);
        // Once per account: a second start of the stream collides (409); correcting it is a later, separate act.
        session.Events.StartStream<ReconciliationLog>(OpeningBalances.StreamId(bank.Code), entered);
        await session.SaveChangesAsync(ct);
        return entered;
    }

    static async Task<(decimal, LocalDate)?> DerivedAsync(IQuerySession session, string account, CancellationToken ct)
    {
        var facts = await ReconciliationData.LoadAsync(session, account, ct);
        return OpeningBalances.Derive(facts.Statements, facts.Lines);
    }

    [WolverinePost("/api/accounts/{code}/opening-balance"), Authorize(Policy = Policies.Admin)]
    public static Task<OpeningBalanceEntered> Post(string code, EnterOpeningBalance cmd, IDocumentSession session, ClaimsPrincipal user, IClock clock,
        CancellationToken ct) => EnterAsync(session, code, cmd, user.UserName(), clock.GetCurrentInstant(), ct);
}
