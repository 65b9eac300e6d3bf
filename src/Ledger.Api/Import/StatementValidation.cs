using Ledger.Domain;
using Ledger.Domain.Statements;

namespace Ledger.Api.Import;

/// <summary>Reads a statement to the end and refuses it whole when any row is bad: nothing of a bad file is stored.</summary>
public static class StatementValidation
{
    public static IReadOnlyList<StatementLine> ReadWhole(IStatementReader reader, string fileName, int maxRows, string? ofxAccountId)
    {
        var lines = new List<StatementLine>();
        var errors = new List<StatementError>();
        foreach (var line in reader.ReadLines())
        {
            if (lines.Count >= maxRows)
                throw new DomainException($"{fileName} has more than {maxRows:N0} transactions, the import limit; split it by date range.");
            if (decimal.Round(line.Amount, 2) != line.Amount)
                errors.Add(new StatementError(fileName, line.SourceLine, "Amount", $"amount {line.Amount} has more than 2 decimals; a bank or card statement states whole cents"));
            else if (line.Amount == 0m)
                errors.Add(new StatementError(fileName, line.SourceLine, "Amount", "amount is zero; there is nothing to book"));
            lines.Add(line);
        }
        errors.InsertRange(0, reader.Errors);
        if (errors.Count > 0) throw new StatementFormatException(errors.OrderBy(e => e.Line).ToList());

        var accounts = lines.Select(l => l.SourceAccountId).Where(a => a is not null).Distinct().ToList();
        if (ofxAccountId is not null)
        {
            var chosen = lines.Where(l => l.SourceAccountId == ofxAccountId).ToList();
            if (chosen.Count == 0 && lines.Count > 0)
                throw new DomainException($"{fileName} has no statement for account {Mask(ofxAccountId)}; it holds {string.Join(", ", accounts.Select(Mask))}.");
            return chosen;
        }
        if (accounts.Count > 1)
            throw new DomainException($"{fileName} holds statements of {accounts.Count} accounts ({string.Join(", ", accounts.Select(Mask))}); choose one with ofxAccountId.");
        return lines;
    }

    /// <summary>Full account numbers never appear in messages or logs: only the last 4 digits.</summary>
    public static string Mask(string? accountId) => accountId is null ? "?" : accountId.Length <= 4 ? accountId : "…" + accountId[^4..];
}
