using Ledger.Domain;
using Ledger.Domain.Statements;

namespace Ledger.Api.Import;

/// <summary>What the first pass learnt about a file that passed: how many lines will be taken, and what the file says about itself.</summary>
public sealed record ValidatedStatement(int Lines, StatementSummary Summary, string? OfxAccountId)
{
    /// <summary>The lines the import takes: all of them, or only those of the chosen OFX account.</summary>
    public bool Takes(StatementLine line) => OfxAccountId is null || line.SourceAccountId == OfxAccountId;
}

/// <summary>
/// The first of the import's two passes: reads a statement to the end and refuses it whole when any row is bad, so nothing of a
/// bad file is stored. Streams: it keeps the errors, a few counters, the account ids seen and the twin-row filter, never the rows.
/// </summary>
public static class StatementValidation
{
    /// <summary>
    /// Bounds that keep a damaged file from poisoning the ledger: sums over 250,000 lines of this size stay far inside
    /// decimal's range (a trial balance never overflows), and dates stay where date arithmetic (transfer windows) is safe.
    /// </summary>
    public const decimal MaxAmount = 999_999_999_999.99m;
    static readonly NodaTime.LocalDate FirstDate = new(1900, 1, 1), LastDate = new(2199, 12, 31);

    static string DateField(IStatementReader reader) => reader.Format == StatementFormat.Csv ? "Date" : "DTPOSTED";

    /// <param name="booksCurrency">The tenant's books currency: a statement, row or transaction in another one refuses the file.</param>
    public static ValidatedStatement Validate(IStatementReader reader, string fileName, int maxRows, string? ofxAccountId, TwinRows twins, string booksCurrency)
    {
        var read = 0;
        var taken = 0;
        var errors = new List<StatementError>();
        var accounts = new List<string>();
        var seenAccounts = new HashSet<string>(StringComparer.Ordinal);
        var secondAccountLine = 0;
        var currency = new StatementCurrencyCheck(fileName, booksCurrency);
        foreach (var line in reader.ReadLines())
        {
            if (read >= maxRows)
                throw new StatementFormatException([new(fileName, line.SourceLine, "file",
                    $"Line {line.SourceLine}: {fileName} has more than {maxRows:N0} transactions, the import limit; split it by date range.")]);
            read++;
            if (decimal.Round(line.Amount, 2) != line.Amount)
                errors.Add(new StatementError(fileName, line.SourceLine, "Amount", $"amount {line.Amount} has more than 2 decimals; a bank or card statement states whole cents"));
            else if (line.Amount == 0m)
                errors.Add(new StatementError(fileName, line.SourceLine, "Amount", "amount is zero; there is nothing to book"));
            else if (Math.Abs(line.Amount) > MaxAmount)
                errors.Add(new StatementError(fileName, line.SourceLine, "Amount", $"amount {line.Amount} is beyond {MaxAmount:N2}; no bank line is that large (a damaged file?)"));
            // Issue #16: a year-9999 date was taken, then date arithmetic after the commit overflowed (HTTP 500 on a stored import).
            if (line.PostedOn < FirstDate || line.PostedOn > LastDate)
                errors.Add(new StatementError(fileName, line.SourceLine, DateField(reader), $"date {line.PostedOn:uuuu-MM-dd} is outside {FirstDate:uuuu}-{LastDate:uuuu}"));
            if (line.SourceAccountId is { } id && seenAccounts.Add(id))
            {
                accounts.Add(id);
                secondAccountLine = accounts.Count == 2 ? line.SourceLine : secondAccountLine;
            }
            if (ofxAccountId is not null && line.SourceAccountId != ofxAccountId) continue;
            currency.Observe(line);
            taken++;
            // Rows without a bank id are keyed by content; identical ones need an ordinal in the second pass.
            if (line.FitId is not { Length: > 0 } && errors.Count == 0) twins.Observe(TransactionIds.Fingerprint(line));
        }
        if (currency.Finish(reader.Summary, ofxAccountId) is { } otherCurrency) errors.Add(otherCurrency);
        errors.InsertRange(0, reader.Errors);
        if (errors.Count > 0) throw new StatementFormatException(errors.OrderBy(e => e.Line).ToList());

        if (ofxAccountId is not null)
        {
            if (taken == 0 && read > 0)
                throw new DomainException($"{fileName} has no statement for account {Mask(ofxAccountId)}; it holds {string.Join(", ", accounts.Select(Mask))}.");
            return new ValidatedStatement(taken, reader.Summary, ofxAccountId);
        }
        // Named at the first transaction of the second account (OFX lines are transaction numbers), field ACCTID.
        if (accounts.Count > 1)
            throw new StatementFormatException([new(fileName, secondAccountLine, "ACCTID",
                $"{fileName} holds statements of {accounts.Count} accounts ({string.Join(", ", accounts.Select(Mask))}); choose one with ofxAccountId.")]);
        return new ValidatedStatement(taken, reader.Summary, null);
    }

    /// <summary>Full account numbers never appear in messages or logs: only the last 4 digits.</summary>
    public static string Mask(string? accountId) => accountId is null ? "?" : accountId.Length <= 4 ? accountId : "…" + accountId[^4..];
}
