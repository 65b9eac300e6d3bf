using Ledger.Domain.Accounts;
using Ledger.Domain.Decisions;
using NodaTime;

namespace Ledger.Domain.Reconciliation;

/// <summary>The opening entry of a bank or card account: its balance before the first statement, against equity.</summary>
public static class OpeningBalances
{
    public static string StreamId(string bankAccountCode) => $"opening-{bankAccountCode}";

    /// <param name="amount">From the bank's view, as its statements state balances: a card owed 500 is −500.</param>
    public static OpeningBalanceEntered Enter(ChartAccount bank, ChartAccount equity, LocalDate asOf, decimal amount, string source, string by, Instant now)
    {
        if (bank.Type is not (AccountType.Asset or AccountType.Liability))
            throw new DomainException($"Account {bank.Code} is {bank.Type}; an opening balance is for a bank (Asset) or card (Liability) account.");
        if (equity.Type != AccountType.Equity)
            throw new DomainException($"Account {equity.Code} is {equity.Type}; the opening entry's other side is an Equity account of the chart.");
        if (decimal.Round(amount, 2) != amount) throw new DomainException($"Opening balance {amount} has more than 2 decimals.");
        Cents.RequireNonZero(amount, "Opening balance");
        var memo = $"Opening balance {bank.Code} as of {asOf:uuuu-MM-dd}";
        var size = Math.Abs(amount);
        // The bank's view is debit − credit for assets and cards alike, so a positive balance is a debit of the bank account.
        IReadOnlyList<JournalLine> lines = amount > 0
            ? [new(bank.Code, size, 0m, memo), new(equity.Code, 0m, size, memo)]
            : [new(equity.Code, size, 0m, memo), new(bank.Code, 0m, size, memo)];
        return new OpeningBalanceEntered(Guid.NewGuid(), bank.Code, equity.Code, asOf, amount, lines, source, by, now);
    }

    /// <summary>The first Equity account of the chart, or the one named.</summary>
    public static ChartAccount EquityOf(IReadOnlyList<ChartAccount> chart, string? code)
    {
        var equity = code is { Length: > 0 }
            ? chart.FirstOrDefault(a => a.Code == code.Trim()) ?? throw new DomainException($"Account {code} is not in the chart.")
            : chart.FirstOrDefault(a => a.Type == AccountType.Equity) ?? throw new DomainException("The chart has no Equity account for the opening entry; add one (e.g. 3000 Opening Balance Equity).");
        return equity;
    }

    /// <summary>
    /// The balance before the bank's first line, from the earliest statement with a closing balance and the lines up to it:
    /// what the bank held before anything this ledger imported.
    /// </summary>
    public static (decimal Amount, LocalDate AsOf)? Derive(IEnumerable<StatementBalancesRecorded> statements, IReadOnlyList<BankLine> lines)
    {
        var first = statements.Where(s => s.Closing is not null).OrderBy(s => s.Closing!.AsOf).FirstOrDefault();
        if (first?.Closing is not { } closing || lines.Count == 0) return null;
        var earliest = lines.Min(l => l.PostedOn);
        var amount = closing.Amount - lines.Where(l => l.PostedOn <= closing.AsOf).Sum(l => l.Amount);
        return (amount, earliest.PlusDays(-1));
    }
}
