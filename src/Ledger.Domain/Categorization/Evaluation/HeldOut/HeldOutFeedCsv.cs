using System.Globalization;
using Ledger.Domain.Accounts;
using nietras.SeparatedValues;
using NodaTime;
using NodaTime.Text;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>
/// The held-out feed as RFC 4180 CSV (<c>tenant,date,description,amount,account,true_account,bank_account,bank_category</c>,
/// fields quoted when they hold a comma, quote or line break; CRLF line breaks on every platform) and its chart
/// sidecar (<c>tenant,code,name,type</c>).
/// </summary>
public static class HeldOutFeedCsv
{
    public static readonly string[] Columns = ["tenant", "date", "description", "amount", "account", "true_account", "bank_account", "bank_category"];

    public static void Write(IEnumerable<HeldOutRow> rows, TextWriter output)
    {
        output.NewLine = "\r\n";
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        foreach (var r in rows)
        {
            using var row = writer.NewRow();
            row["tenant"].Set(r.Tenant);
            row["date"].Set(LocalDatePattern.Iso.Format(r.Date));
            row["description"].Set(r.Description);
            row["amount"].Set(r.Amount.ToString("0.00", CultureInfo.InvariantCulture));
            row["account"].Set(r.Account);
            row["true_account"].Set(r.TrueAccount);
            row["bank_account"].Set(r.BankAccount);
            row["bank_category"].Set(r.BankCategory);
        }
    }

    public static void WriteChart(IEnumerable<TenantProfile> tenants, TextWriter output)
    {
        output.NewLine = "\r\n";
        using var writer = Sep.New(',').Writer(o => o with { Escape = true }).To(output, leaveOpen: true);
        foreach (var tenant in tenants)
            foreach (var account in tenant.Chart)
            {
                using var row = writer.NewRow();
                row["tenant"].Set(tenant.Name);
                row["code"].Set(account.Code);
                row["name"].Set(account.Name);
                row["type"].Set(account.Type.ToString());
            }
    }

    /// <summary>Reads a feed written by <see cref="Write"/>; a malformed field names its line and column.</summary>
    public static IReadOnlyList<HeldOutRow> Read(TextReader input)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).From(input);
        var rows = new List<HeldOutRow>();
        foreach (var row in reader)
        {
            var line = row.RowIndex + 1;
            rows.Add(new HeldOutRow(
                row["tenant"].ToString(),
                Parse(LocalDatePattern.Iso.Parse(row["date"].ToString()), line, "date"),
                row["description"].ToString(),
                decimal.TryParse(row["amount"].Span, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
                    ? amount : throw new FormatException($"line {line}, field amount: '{row["amount"].ToString()}' is not a number"),
                row["account"].ToString(), row["true_account"].ToString(), row["bank_account"].ToString(), row["bank_category"].ToString()));
        }
        return rows;
    }

    private static LocalDate Parse(ParseResult<LocalDate> result, int line, string field) =>
        result.Success ? result.Value : throw new FormatException($"line {line}, field {field}: {result.Exception.Message}");
}
