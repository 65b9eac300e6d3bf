using System.Text;
using Ledger.Domain.Receipts;
using Ledger.Domain.Receipts.Reading;
using Ledger.Domain.Receipts.Samples;
using NodaTime;

namespace Ledger.Domain.Tests.Receipts;

public class ReceiptReadingTests
{
    [Fact]
    public void A_pdf_receipt_gives_merchant_date_total_and_tax_with_how_each_was_found()
    {
        var pdf = ReceiptDocuments.Pdf(ReceiptDocuments.Lines("The Home Depot", new LocalDate(2024, 5, 3), 114.05m, 9.41m));

        var file = ReceiptFiles.Read("scan-0001.pdf", pdf);

        Assert.Equal(ReceiptKinds.Pdf, file.Kind);
        var facts = Assert.Single(file.Receipts).Facts;
        Assert.Equal("The Home Depot", facts.Merchant?.Value);
        Assert.Equal(new LocalDate(2024, 5, 3), facts.Date?.Value);
        Assert.Equal(123.46m, facts.Total?.Value);
        Assert.Equal(9.41m, facts.Tax?.Value);
        Assert.Contains("TOTAL 123.46", facts.Total!.How);
        Assert.True(facts.Total.Confidence >= 0.9);
        Assert.True(facts.Merchant!.Confidence < facts.Total.Confidence, "a first-line merchant is a guess, a labelled total is not");
    }

    [Fact]
    public void An_email_receipt_reads_the_html_body_the_sender_and_an_attached_pdf()
    {
        var sent = Instant.FromUtc(2024, 5, 7, 18, 30);
        var attached = ReceiptDocuments.Pdf(["Order 5521", "Amount paid $61.20", "Sales tax $4.70"]);
        var eml = ReceiptDocuments.Email("Blue Bottle Coffee", "receipts@bluebottle.example", sent, ["Hi there,", "Table 12, server Ana", "Total $52.00"],
            ("receipt.pdf", attached));

        var file = ReceiptFiles.Read("mail.eml", eml);

        Assert.Equal(ReceiptKinds.Email, file.Kind);
        var read = Assert.Single(file.Receipts);
        Assert.Equal("Blue Bottle Coffee", read.Facts.Merchant?.Value);   // "Your receipt from Blue Bottle Coffee"
        Assert.Equal(61.20m, read.Facts.Total?.Value);                    // "amount paid" in the PDF beats a plain total
        Assert.Equal(4.70m, read.Facts.Tax?.Value);
        Assert.Equal(new LocalDate(2024, 5, 7), read.Facts.Date?.Value);   // no date in the text: the sending date
        Assert.Equal("the e-mail's sending date", read.Facts.Date!.How);
        Assert.True(read.Facts.TipExpected?.Value);
        Assert.Contains("read attached PDF 'receipt.pdf'", read.Notes);
    }

    [Fact]
    public void An_image_takes_its_fields_from_a_conventional_file_name_or_none()
    {
        var jpeg = new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3 };
        var named = Assert.Single(ReceiptFiles.Read("2024-05-03_HOME-DEPOT_123.45.jpg", jpeg).Receipts).Facts;
        Assert.Equal(("HOME DEPOT", new LocalDate(2024, 5, 3), 123.45m), (named.Merchant?.Value, named.Date?.Value, named.Total?.Value));

        var unnamed = Assert.Single(ReceiptFiles.Read("IMG_2231.jpg", jpeg).Receipts);
        Assert.Null(unnamed.Facts.Total);
        Assert.Contains(unnamed.Notes, n => n.Contains("no OCR"));
    }

    [Fact]
    public void An_expense_export_gives_one_receipt_per_row_and_refuses_a_bad_row_naming_line_and_field()
    {
        var csv = "Date,Merchant,Amount,Tax,Currency\n2024-05-03,Torchy's Tacos,48.50,3.70,USD\n2024-05-04,Shell,61.00,,USD\n";
        var rows = ReceiptFiles.Read("expenses.csv", Encoding.UTF8.GetBytes(csv)).Receipts;
        Assert.Equal(2, rows.Count);
        Assert.Equal((2, "Torchy's Tacos", 48.50m, 3.70m), (rows[0].SourceLine!.Value, rows[0].Facts.Merchant!.Value, rows[0].Facts.Total!.Value, rows[0].Facts.Tax!.Value));
        Assert.True(rows[0].Facts.TipExpected?.Value);   // "tacos": a restaurant

        var json = """{"expenses":[{"date":"2024-05-03","merchant":"Staples","amount":"19.99"}]}""";
        Assert.Equal(19.99m, Assert.Single(ReceiptFiles.Read("export.json", Encoding.UTF8.GetBytes(json)).Receipts).Facts.Total?.Value);

        var bad = "Date,Merchant,Amount\n2024-05-03,Staples,19.99\nyesterday,Shell,61.00\n";
        var e = Assert.Throws<ReceiptRefusedException>(() => ReceiptFiles.Read("bad.csv", Encoding.UTF8.GetBytes(bad)));
        Assert.Equal(("bad.csv", 3, "date"), (e.File, e.Line!.Value, e.Field));
    }

    [Fact]
    public void A_file_that_is_no_receipt_is_refused_naming_it()
    {
        var e = Assert.Throws<ReceiptRefusedException>(() => ReceiptFiles.Read("notes.pdf", Encoding.UTF8.GetBytes("just text")));
        Assert.Equal(("notes.pdf", "file"), (e.File, e.Field));
        Assert.Throws<ReceiptRefusedException>(() => ReceiptFiles.Read("blob.bin", [0, 1, 2, 3, 0, 9]));
    }

    [Theory]
    [InlineData("Total 1,234.56", 1234.56)]
    [InlineData("Summe 1.234,56 €", 1234.56)]
    [InlineData("TOTAL $48.50", 48.50)]
    [InlineData("Tax 8.25% 3.30", 3.30)]
    public void Amounts_read_as_printed(string line, decimal expected) => Assert.Equal(expected, ReceiptMoney.On(line)[^1]);

    [Theory]
    [InlineData("Date: 05/03/2024", 2024, 5, 3)]
    [InlineData("03.05.2024 12:31", 2024, 5, 3)]
    [InlineData("May 3, 2024", 2024, 5, 3)]
    [InlineData("3rd May 2024", 2024, 5, 3)]
    public void Dates_read_as_printed(string line, int y, int m, int d) => Assert.Equal(new LocalDate(y, m, d), ReceiptDates.On(line)[0]);

    [Fact]
    public void The_same_pdf_twice_is_the_same_bytes_so_the_same_receipt()
    {
        var lines = ReceiptDocuments.Lines("Staples", new LocalDate(2024, 5, 3), 10m, 0.83m);
        Assert.Equal(ReceiptIds.ForFile(ReceiptIds.Sha256(ReceiptDocuments.Pdf(lines))), ReceiptIds.ForFile(ReceiptIds.Sha256(ReceiptDocuments.Pdf(lines))));
    }
}
