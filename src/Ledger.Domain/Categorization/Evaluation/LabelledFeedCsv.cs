using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime.Text;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// Reads a labelled bank feed, RFC 4180 (quoted fields with commas, quotes and line breaks; CRLF or LF), columns found
/// by their header: <c>date,description,amount,account</c> required (ISO dates, invariant decimals); optional
/// <c>bank_account</c> (else every row gets <paramref name="defaultBankAccount"/>), <c>tenant</c>, <c>true_account</c>
/// (the adjudicated account, scored apart from the recorded <c>account</c>) and <c>bank_category</c> (the bank's own
/// category or MCC column). A bad row is refused with its line and field; nothing half-read is returned.
/// </summary>
public static class LabelledFeedCsv
{
    private static readonly string[] Required = ["date", "description", "amount", "account"];

    public static IReadOnlyList<FeedRow> Parse(TextReader reader, string defaultBankAccount = "bank", string fileName = "feed")
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = false, TrimOptions = TrimOptions.None };
        using var csv = new CsvReader(reader, config);
        try
        {
            if (!csv.Read()) throw new DomainException($"{fileName}: the labelled feed is empty.");
            csv.ReadHeader();
            var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            int Column(string name) => Array.IndexOf(header, name);
            var missing = Required.Where(r => Column(r) < 0).ToList();
            if (missing.Count > 0)
                throw new DomainException($"{fileName} line 1: a labelled feed needs the columns date, description, amount and account (missing: {string.Join(", ", missing)}).");
            var columns = new Columns(Column("date"), Column("description"), Column("amount"), Column("account"),
                Column("bank_account"), Column("tenant"), Column("true_account"), Column("bank_category"));

            var rows = new List<FeedRow>();
            var consumed = csv.Parser.RawRow;
            while (csv.Read())
            {
                // A quoted field may span lines: the row starts on the line after the previous record (blank lines are skipped).
                var line = consumed + 1;
                consumed = csv.Parser.RawRow;
                rows.Add(Row(csv, columns, line, fileName, defaultBankAccount));
            }
            return rows;
        }
        catch (CsvHelperException e)
        {
            throw new DomainException($"{fileName} line {e.Context?.Parser?.RawRow}: not valid CSV ({e.GetType().Name}).");
        }
    }

    /// <summary>Writes rows with every column the reader knows (RFC 4180: fields quoted when they need it), in row order.</summary>
    public static void Write(IEnumerable<FeedRow> rows, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        foreach (var h in new[] { "tenant", "date", "description", "amount", "bank_account", "bank_category", "account", "true_account" }) csv.WriteField(h);
        csv.NextRecord();
        foreach (var r in rows)
        {
            csv.WriteField(r.Tenant ?? "");
            csv.WriteField(r.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(r.RawDescription);
            csv.WriteField(r.Amount.ToString("0.00", CultureInfo.InvariantCulture));
            csv.WriteField(r.BankAccount);
            csv.WriteField(r.BankCategory ?? "");
            csv.WriteField(r.TrueAccountCode);
            csv.WriteField(r.Truth);
            csv.NextRecord();
        }
    }

    private sealed record Columns(int Date, int Description, int Amount, int Account, int Bank, int Tenant, int TrueAccount, int BankCategory);

    private static FeedRow Row(CsvReader csv, Columns c, int line, string file, string defaultBank)
    {
        string Field(int index, string name, bool required)
        {
            var value = index >= 0 && index < csv.Parser.Count ? csv.GetField(index)!.Trim() : "";
            if (required && value.Length == 0) throw new DomainException($"{file} line {line}, field {name}: is empty.");
            return value;
        }
        string? Optional(int index, string name) => Field(index, name, false) is { Length: > 0 } v ? v : null;

        var dateText = Field(c.Date, "date", true);
        var date = LocalDatePattern.Iso.Parse(dateText);
        if (!date.Success) throw new DomainException($"{file} line {line}, field date: '{dateText}' is not an ISO date (yyyy-MM-dd).");
        var amountText = Field(c.Amount, "amount", true);
        if (!decimal.TryParse(amountText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            throw new DomainException($"{file} line {line}, field amount: '{amountText}' is not a number.");
        return new FeedRow(date.Value, Field(c.Description, "description", true), amount,
            Optional(c.Bank, "bank_account") ?? defaultBank, Field(c.Account, "account", true))
        {
            Tenant = Optional(c.Tenant, "tenant"),
            AdjudicatedAccount = Optional(c.TrueAccount, "true_account"),
            BankCategory = Optional(c.BankCategory, "bank_category"),
            Line = line,
        };
    }
}
