using System.Globalization;
using System.Text;
using Ledger.Domain.Accounts;
using Ledger.Domain.Decisions;
using NodaTime.Text;

namespace Ledger.Domain.Export;

/// <summary>
/// Writes journals in the layout of QuickBooks Online's journal-entry import: one row per line, the journal's
/// number, date and memo repeated on each row (QBO groups rows by number), debits and credits as positive amounts in
/// their own columns, the account by its QBO name (<c>Parent:Sub</c> for sub-accounts), RFC 4180 quoting, CRLF.
/// Every text cell goes through <see cref="SpreadsheetCsv.Text"/> (a memo "=HYPERLINK(...)" is written "'=HYPERLINK(...)");
/// Debits and Credits are positive numbers and are written as they are.
/// </summary>
public static class QboJournalCsv
{
    public const string Header = "Journal No,Journal Date,Currency,Memo,Account,Debits,Credits,Description,Name,Location,Class";
    const string Crlf = "\r\n";

    public static string Write(IEnumerable<QboJournal> journals, IReadOnlyCollection<ChartAccount> chart, string dateFormat)
    {
        var accounts = chart.ToDictionary(a => a.Code);
        var date = LocalDatePattern.Create(dateFormat, CultureInfo.InvariantCulture);
        var sb = new StringBuilder(Header).Append(Crlf);
        foreach (var j in journals)
        {
            // QBO rejects an unbalanced journal only after the whole file is uploaded; refuse it here, naming the journal.
            if (j.Lines.Count < 2 || Total(j, l => l.Debit) != Total(j, l => l.Credit))
                throw new DomainException($"Journal {j.JournalNo} is not balanced: debits {Total(j, l => l.Debit)}, credits {Total(j, l => l.Credit)}.");
            foreach (var line in j.Lines)
            {
                if (!accounts.TryGetValue(line.AccountCode, out var account))
                    throw new DomainException($"Journal {j.JournalNo} uses account {line.AccountCode}, which is not in the chart.");
                SpreadsheetCsv.Row(sb, Crlf, T(j.JournalNo), T(date.Format(j.Date)), T(j.Currency), T(j.Memo), T(account.QualifiedName),
                    SpreadsheetCsv.Number(Amount(line.Debit)), SpreadsheetCsv.Number(Amount(line.Credit)), T(line.Memo ?? j.Memo), "", "", "");
            }
        }
        return sb.ToString();
    }

    /// <summary>Rounded to the cent as QBO stores it; a balanced journal must stay balanced after rounding.</summary>
    static decimal Total(QboJournal j, Func<JournalLine, decimal> side) =>
        j.Lines.Sum(l => decimal.Round(side(l), 2, MidpointRounding.AwayFromZero));

    static string Amount(decimal value)
    {
        if (value < 0) throw new DomainException($"Journal amounts are positive magnitudes (got {value}).");
        var rounded = decimal.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0m ? "" : rounded.ToString("0.00", CultureInfo.InvariantCulture);
    }

    static string T(string text) => SpreadsheetCsv.Text(text);

    /// <summary>
    /// A file stored before text cells were neutralised, as it must be handed out now: the same records with every
    /// text cell neutralised. A file written by <see cref="Write"/> comes back byte for byte.
    /// </summary>
    public static string Neutralise(string stored) => SpreadsheetCsv.Rewrite(stored, Crlf, column => column is DebitsColumn or CreditsColumn);

    const int DebitsColumn = 5, CreditsColumn = 6;
}
