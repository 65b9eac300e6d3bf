using Ledger.Domain.Reconciliation;
using Ledger.Domain.Statements;
using Marten;

namespace Ledger.Api.Reconciliation;

/// <summary>An account's statements, bank lines and book postings, read from the events (exact the moment they commit, unlike the async views).</summary>
public sealed record AccountFacts(string Account, IReadOnlyList<StatementBalancesRecorded> Statements, IReadOnlyList<BankLine> Lines,
    IReadOnlyList<BookPosting> Postings);

public static class ReconciliationData
{
    static readonly string[] FactEventNames = [.. ReconciliationFacts.EventTypes.Select(t => EventTypeName(t.Name))];

    public static async Task<AccountFacts> LoadAsync(IQuerySession session, string account, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => FactEventNames.Contains(e.EventTypeName))
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        var (lines, postings) = ReconciliationFacts.For(account, events.Select(e => (e.StreamKey!, e.Data)));
        return new AccountFacts(account, await StatementsAsync(session, account, ct), lines, postings);
    }

    /// <summary>
    /// Every statement of the account with a balance. Imports recorded before statement balances were kept have only
    /// StatementImported's LedgerBalance: those count as statements with that closing balance.
    /// </summary>
    public static async Task<IReadOnlyList<StatementBalancesRecorded>> StatementsAsync(IQuerySession session, string account, CancellationToken ct)
    {
        var recorded = await session.Events.QueryRawEventDataOnly<StatementBalancesRecorded>().Where(s => s.BankAccountCode == account).ToListAsync(ct);
        var known = recorded.Select(r => r.ImportId).ToHashSet();
        var older = await session.Events.QueryRawEventDataOnly<StatementImported>()
            .Where(s => s.BankAccountCode == account && s.LedgerBalance != null).ToListAsync(ct);
        return
        [
            .. recorded,
            .. older.Where(s => !known.Contains(s.ImportId)).Select(s => new StatementBalancesRecorded(s.ImportId, s.BankAccountCode, s.FileName, null, null,
                s.From, s.To, null, new StatementBalance(s.LedgerBalance!.Value, s.LedgerBalanceAsOf ?? s.To ?? default), null, 0m, s.LinesRead, [], s.At)),
        ];
    }

    /// <summary>Marten's event type name: the class name in snake case.</summary>
    static string EventTypeName(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
