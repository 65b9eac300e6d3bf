using System.Globalization;
using NodaTime.Text;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// Reads a labelled bank feed: <c>date,description,amount,account[,bank_account,...]</c> with ISO dates.
/// Without a bank_account column every row is given <paramref name="defaultBankAccount"/>.
/// Quoted fields with commas are not supported: the shared fixtures have none, and refusing is safer than guessing.
/// </summary>
public static class LabelledFeedCsv
{
    public static IReadOnlyList<FeedRow> Parse(TextReader reader, string defaultBankAccount = "bank")
    {
        var header = (reader.ReadLine() ?? throw new DomainException("The labelled feed is empty.")).Split(',');
        int Column(string name) => Array.FindIndex(header, h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
        var (date, description, amount, account, bank) = (Column("date"), Column("description"), Column("amount"), Column("account"), Column("bank_account"));
        if (date < 0 || description < 0 || amount < 0 || account < 0)
            throw new DomainException("A labelled feed needs the columns date, description, amount and account.");
        var rows = new List<FeedRow>();
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0) continue;
            if (line.Contains('"')) throw new DomainException($"Line {lineNumber}: quoted fields are not supported.");
            var f = line.Split(',');
            var parsedDate = LocalDatePattern.Iso.Parse(f[date]);
            if (!parsedDate.Success) throw new DomainException($"Line {lineNumber}: '{f[date]}' is not an ISO date.");
            rows.Add(new FeedRow(parsedDate.Value, f[description], decimal.Parse(f[amount], NumberStyles.Number, CultureInfo.InvariantCulture),
                bank >= 0 ? f[bank] : defaultBankAccount, f[account]));
        }
        return rows;
    }
}
