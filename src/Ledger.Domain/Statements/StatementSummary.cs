using NodaTime;

namespace Ledger.Domain.Statements;

/// <summary>
/// What the file says about itself. Complete only once ReadLines has been enumerated to the end,
/// because a streaming reader learns e.g. the ledger balance after the transactions.
/// </summary>
public sealed class StatementSummary
{
    public StatementFormat Format { get; internal set; }

    /// <summary>Null when unknown (CSV) or when the file holds both bank and card statements.</summary>
    public StatementAccountKind? AccountKind { get; internal set; }

    /// <summary>The first currency the file names (OFX CURDEF, a CSV currency cell), as recorded on StatementImported.</summary>
    public string? Currency { get; internal set; }

    /// <summary>Every statement currency an OFX file states (one CURDEF per statement, empty ones included), where it states it.</summary>
    public IReadOnlyList<StatedCurrency> StatementCurrencies => statementCurrencies;

    public IReadOnlyList<string> AccountIds => accountIds;

    /// <summary>The last statement's LEDGERBAL; null when absent or empty.</summary>
    public StatementBalance? LedgerBalance { get; internal set; }

    /// <summary>The last statement's AVAILBAL (OFX); null when absent or empty.</summary>
    public StatementBalance? AvailableBalance { get; internal set; }

    /// <summary>The period the bank says the statement covers (OFX DTSTART/DTEND); null for CSV.</summary>
    public LocalDate? PeriodStart { get; internal set; }

    public LocalDate? PeriodEnd { get; internal set; }

    /// <summary>What a CSV running-balance column says: opening and closing balance and where its arithmetic breaks.</summary>
    public RunningBalanceResult? RunningBalance { get; internal set; }

    /// <summary>Earliest and latest PostedOn of the lines yielded (not the OFX DTSTART/DTEND, which CSV lacks).</summary>
    public LocalDate? From { get; internal set; }

    public LocalDate? To { get; internal set; }

    /// <summary>Lines yielded (rows with errors and skipped rows are not counted).</summary>
    public int LineCount { get; internal set; }

    /// <summary>
    /// Rows deliberately not turned into lines and not errors either, with the reason
    /// ("line 2: pending transaction, no posting date yet", "line 3: section heading ..."),
    /// so nothing disappears silently.
    /// </summary>
    public IReadOnlyList<string> SkippedNotes => skippedNotes;

    private readonly List<string> accountIds = [];
    private readonly List<string> skippedNotes = [];
    private readonly List<StatedCurrency> statementCurrencies = [];

    internal void AddStatementCurrency(StatedCurrency currency) => statementCurrencies.Add(currency);

    /// <summary>CURDEF comes before the statement's ACCTID: name the account on the currencies stated since the statement began.</summary>
    internal void NameAccount(int firstOfStatement, string accountId)
    {
        for (var i = firstOfStatement; i < statementCurrencies.Count; i++)
            if (statementCurrencies[i].AccountId is null) statementCurrencies[i] = statementCurrencies[i] with { AccountId = accountId };
    }

    internal void AddAccountId(string id)
    {
        if (!accountIds.Contains(id)) accountIds.Add(id);
    }

    internal void AddSkipped(string note) => skippedNotes.Add(note);

    internal void Count(StatementLine line)
    {
        LineCount++;
        if (From is null || line.PostedOn < From) From = line.PostedOn;
        if (To is null || line.PostedOn > To) To = line.PostedOn;
    }
}
