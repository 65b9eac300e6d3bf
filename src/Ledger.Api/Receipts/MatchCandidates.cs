using Ledger.Domain.Receipts;
using Ledger.Domain.Receipts.Matching;
using Ledger.Domain.Statements;
using Ledger.Projections;
using Ledger.Projections.Receipts;
using Marten;
using NodaTime;

namespace Ledger.Api.Receipts;

/// <summary>
/// The bank and card lines a receipt may support, read from the imported events themselves, not the transaction view: an
/// import is visible to matching the moment it commits, while the async view may still lag. Each line carries its
/// statement's currency when the bank named one.
/// </summary>
public static class MatchCandidates
{
    public static async Task<IReadOnlyList<MatchCandidate>> LoadAsync(IQuerySession session, LocalDate from, LocalDate to, CancellationToken ct)
    {
        // Dates are stored as ISO text, which orders like the dates (Marten LINQ cannot compare NodaTime values).
        var lines = await session.AdvancedSql.QueryAsync<TransactionImported>(
            $"select data from {LedgerStore.Schema}.mt_events where tenant_id = ? and type = 'transaction_imported' " +
            "and data ->> 'PostedOn' between ? and ?", ct, session.TenantId, Iso(from), Iso(to));
        return await WithCurrencyAsync(session, lines, ct);
    }

    public static async Task<MatchCandidate?> OneAsync(IQuerySession session, string transactionId, CancellationToken ct)
    {
        var events = await session.Events.FetchStreamAsync(transactionId, token: ct);
        return events.Select(e => e.Data).OfType<TransactionImported>().FirstOrDefault() is { } t
            ? (await WithCurrencyAsync(session, [t], ct))[0]
            : null;
    }

    static async Task<IReadOnlyList<MatchCandidate>> WithCurrencyAsync(IQuerySession session, IReadOnlyList<TransactionImported> lines, CancellationToken ct)
    {
        if (lines.Count == 0) return [];
        var statements = await session.Events.QueryRawEventDataOnly<StatementImported>().ToListAsync(ct);
        var currency = statements.Where(s => s.Currency is not null).GroupBy(s => s.ImportId).ToDictionary(g => g.Key, g => g.First().Currency);
        return lines.Select(t => new MatchCandidate(t.TransactionId, t.BankAccountCode, t.PostedOn, t.Amount, t.Payee, currency.GetValueOrDefault(t.ImportId)))
            .ToList();
    }

    /// <summary>Lines other receipts already support: automatic matching leaves them to those receipts.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> TakenAsync(IQuerySession session, string[] transactionIds, CancellationToken ct)
    {
        if (transactionIds.Length == 0) return new Dictionary<string, string>();
        var receipts = await session.Query<Receipt>().Where(r => r.MatchedTransactionId!.IsOneOf(transactionIds)).ToListAsync(ct);
        return receipts.GroupBy(r => r.MatchedTransactionId!).ToDictionary(g => g.Key, g => g.First().Id);
    }

    static string Iso(LocalDate d) => d.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
