using Ledger.Domain.Reconciliation;
using Ledger.Domain.Statements;
using System.Globalization;
using System.Text.Json;
using Marten;
using NodaTime;
using Npgsql;

namespace Ledger.Api.Reconciliation;

/// <summary>An account's statements, bank lines and book postings, read from the events (exact the moment they commit, unlike the async views).</summary>
public sealed record AccountFacts(string Account, IReadOnlyList<StatementBalancesRecorded> Statements, IReadOnlyList<BankLine> Lines,
    IReadOnlyList<BookPosting> Postings);

public static class ReconciliationData
{
    static readonly string[] FactEventNames = [.. ReconciliationFacts.EventTypes.Select(t => EventTypeName(t.Name))];

    public static async Task<AccountFacts> LoadAsync(IQuerySession session, string account, CancellationToken ct)
    {
        var (lines, postings) = await LinesAndPostingsAsync(session, account, null, ct);
        return new AccountFacts(account, await StatementsAsync(session, account, ct), lines, postings);
    }

    /// <summary>
    /// The account's lines and postings up to <paramref name="through"/> (all of them without it): the events of its own bank lines' streams
    /// dated up to then, and every entry of any stream that touches the account dated up to then (a transfer booked on the
    /// other leg, a line booked to this account by hand, the opening entry). Chosen in SQL by account and date, so a
    /// reconciliation reads its account's events, not the tenant's whole history; what it computes from them is unchanged.
    /// </summary>
    public static async Task<(IReadOnlyList<BankLine> Lines, IReadOnlyList<BookPosting> Postings)> LinesAndPostingsAsync(IQuerySession session, string account,
        LocalDate? through, CancellationToken ct)
    {
        var sequences = await FactSequencesAsync(session, account, through, ct);
        if (sequences.Length == 0) return ([], []);
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => sequences.Contains(e.Sequence))
            .OrderBy(e => e.Sequence)
            .ToListAsync(ct);
        return ReconciliationFacts.For(account, events.Select(e => (e.StreamKey!, e.Data)));
    }

    // Dates are ISO strings in the event JSON (NodaTime), so they compare in order as text; property names as in C#.
    static async Task<long[]> FactSequencesAsync(IQuerySession session, string account, LocalDate? through, CancellationToken ct)
    {
        var events = $"{session.DocumentStore.Options.Events.DatabaseSchemaName}.mt_events";
        var sql = $"""
            select e.seq_id from {events} e
            where e.tenant_id = @t and e.type = any(@types) and (
              e.stream_id in (select i.stream_id from {events} i where i.tenant_id = @t and i.type = 'transaction_imported'
                              and i.data ->> 'BankAccountCode' = @a and i.data ->> 'PostedOn' <= @through)
              or (e.type in ('journal_entry_posted', 'journal_entry_reversed') and e.data -> 'Lines' @> @lines::jsonb and e.data ->> 'EntryDate' <= @through)
              or (e.type = 'opening_balance_entered' and e.data -> 'Lines' @> @lines::jsonb and e.data ->> 'AsOf' <= @through))
            """;
        await using var cmd = new NpgsqlCommand(sql, session.Connection!);
        cmd.Parameters.AddWithValue("t", session.TenantId);
        cmd.Parameters.AddWithValue("types", FactEventNames);
        cmd.Parameters.AddWithValue("a", account);
        cmd.Parameters.AddWithValue("through", (through ?? new LocalDate(9999, 12, 31)).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("lines", JsonSerializer.Serialize(new[] { new { AccountCode = account } }));
        var result = new List<long>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) result.Add(reader.GetInt64(0));
        return [.. result];
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
