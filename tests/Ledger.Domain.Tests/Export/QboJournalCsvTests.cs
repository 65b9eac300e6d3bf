using System.Text;
using Ledger.Domain.Accounts;
using Ledger.Domain.Decisions;
using Ledger.Domain.Export;
using NodaTime;

namespace Ledger.Domain.Tests.Export;

public class QboJournalCsvTests
{
    static readonly ChartAccount[] Chart =
    [
        new("1000", "Business Checking", AccountType.Asset),
        new("2100", "Visa", AccountType.Liability, "Credit Cards"),
        new("6200", "Meals, \"Client\" Lunches", AccountType.Expense, "Travel"),
        new("6300", "Office Supplies", AccountType.Expense),
        new("4000", "Sales", AccountType.Income),
    ];

    static IReadOnlyList<QboJournal> Journals() =>
    [
        new("JE-0001", new LocalDate(2026, 11, 3), "STAPLES 00123", [new("6300", 31.15m, 0m, "STAPLES 00123"), new("1000", 0m, 31.15m, "STAPLES 00123")], "USD"),
        new("JE-0002", new LocalDate(2026, 11, 5), "Lunch, \"the big one\"\nwith client",
            [new("6200", 120.5m, 0m, null), new("2100", 0m, 120.50m, null)], "USD"),
        new("JE-0003", new LocalDate(2026, 11, 5), "STRIPE TRANSFER", [new("1000", 1200m, 0m, "STRIPE"), new("4000", 0m, 1200m, "STRIPE")], "USD"),
        // A reversal is a journal of its own with the sides swapped; the original stays as it was exported.
        new("JE-0004", new LocalDate(2026, 11, 20), "Reversal of JE-0001: wrong account",
            [new("6300", 0m, 31.15m, "STAPLES 00123"), new("1000", 31.15m, 0m, "STAPLES 00123")], "USD"),
    ];

    [Fact]
    public void Writes_the_golden_file_byte_for_byte()
    {
        var csv = QboJournalCsv.Write(Journals(), Chart, "MM/dd/yyyy");
        var golden = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Export", "golden", "qbo-journals.csv"));
        Assert.Equal(Encoding.UTF8.GetString(golden), csv);
        Assert.Equal(golden, Encoding.UTF8.GetBytes(csv));
    }

    [Fact]
    public void Every_row_has_eleven_columns_and_ends_with_crlf()
    {
        var csv = QboJournalCsv.Write(Journals().Take(1), Chart, "MM/dd/yyyy");
        Assert.Equal(QboJournalCsv.Header + "\r\n" +
                     "JE-0001,11/03/2026,USD,STAPLES 00123,Office Supplies,31.15,,STAPLES 00123,,,\r\n" +
                     "JE-0001,11/03/2026,USD,STAPLES 00123,Business Checking,,31.15,STAPLES 00123,,,\r\n", csv);
    }

    [Fact]
    public void The_journal_carries_the_books_currency()
    {
        var cad = Journals().Take(1).Select(j => j with { Currency = "CAD" });
        var rows = QboJournalCsv.Write(cad, Chart, "MM/dd/yyyy").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.StartsWith("JE-0001,11/03/2026,CAD,", r));
    }

    [Fact]
    public void The_tenant_date_format_is_used()
    {
        var csv = QboJournalCsv.Write(Journals().Take(1), Chart, "dd/MM/yyyy");
        Assert.Contains("JE-0001,03/11/2026,", csv);
    }

    [Fact]
    public void An_unbalanced_journal_is_refused_with_its_number()
    {
        QboJournal bad = new("JE-9", new LocalDate(2026, 11, 3), "x", [new("6300", 10m, 0m, null), new("1000", 0m, 9.99m, null)], "USD");
        var e = Assert.Throws<DomainException>(() => QboJournalCsv.Write([bad], Chart, "MM/dd/yyyy"));
        Assert.Contains("JE-9", e.Message);
    }

    [Fact]
    public void An_account_missing_from_the_chart_is_refused()
    {
        QboJournal bad = new("JE-9", new LocalDate(2026, 11, 3), "x", [new("9999", 10m, 0m, null), new("1000", 0m, 10m, null)], "USD");
        Assert.Throws<DomainException>(() => QboJournalCsv.Write([bad], Chart, "MM/dd/yyyy"));
    }

    [Fact]
    public void Journal_numbers_fit_qbo_and_are_stable()
    {
        var id = Guid.Parse("8f14e45f-ceea-467a-9b5e-1d2c3b4a5f60");
        Assert.Equal("JE-8F14E45FCEEA", QboJournal.NumberFor(id));
        Assert.True(QboJournal.NumberFor(id).Length <= 21);
    }
}
