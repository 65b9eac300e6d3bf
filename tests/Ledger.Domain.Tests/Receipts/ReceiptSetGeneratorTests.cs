using Ledger.Domain.Categorization.Evaluation.HeldOut;
using Ledger.Domain.Receipts.Evaluation;
using NodaTime;

namespace Ledger.Domain.Tests.Receipts;

public class ReceiptSetGeneratorTests
{
    static IReadOnlyList<HeldOutRow> Rows()
    {
        var rows = new List<HeldOutRow>();
        for (var i = 0; i < 120; i++)
            rows.Add(new HeldOutRow("T", new LocalDate(2024, 4, 1).PlusDays(i % 90), $"TST* CAFE {i % 7} AUSTIN TX", -(10m + i), "6800", "6800", "2100", i % 3 == 0 ? "Restaurant" : ""));
        rows.Add(new HeldOutRow("T", new LocalDate(2024, 4, 5), "PAYMENT THANK YOU", -500m, "1000", "1000", "2100", ""));
        return rows;
    }

    [Fact]
    public void The_same_seed_gives_the_same_set_with_a_tenth_of_receipts_that_have_no_line_and_none_for_own_account_moves()
    {
        var (lines, a) = ReceiptSetGenerator.Generate(Rows(), new LocalDate(2024, 4, 1), new LocalDate(2024, 6, 30), 50, seed: 3);
        var (_, b) = ReceiptSetGenerator.Generate(Rows(), new LocalDate(2024, 4, 1), new LocalDate(2024, 6, 30), 50, seed: 3);

        Assert.Equal(a.Select(r => (r.Receipt.Facts.Total!.Value, r.Receipt.Facts.Date!.Value, r.TrueTransactionId)), b.Select(r => (r.Receipt.Facts.Total!.Value, r.Receipt.Facts.Date!.Value, r.TrueTransactionId)));
        Assert.Equal(5, a.Count(r => r.TrueTransactionId is null));
        var payment = lines.Single(l => l.Payee.StartsWith("PAYMENT")).TransactionId;
        Assert.DoesNotContain(a, r => r.TrueTransactionId == payment);
        foreach (var r in a.Where(r => r.TrueTransactionId is not null))
        {
            var line = lines.Single(l => l.TransactionId == r.TrueTransactionId);
            Assert.InRange(line.PostedOn.ToDateOnly().DayNumber - r.Receipt.Facts.Date!.Value.ToDateOnly().DayNumber, 0, 3);
            Assert.True(r.Receipt.Facts.Total!.Value <= -line.Amount);
        }
        Assert.Equal("Cafe Austin Tx", ReceiptSetGenerator.PrintedName("TST* CAFE 4 AUSTIN TX"));
    }
}
