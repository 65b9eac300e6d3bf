using Ledger.Domain.Reconciliation;
using NodaTime;

namespace Ledger.Domain.Tests.Reconciliation;

public class ReconciledLinesTests
{
    static readonly Instant At = Instant.FromUtc(2024, 7, 1, 0, 0);
    static AccountReconciled Mark(string account, int month, decimal difference, int minute = 0) =>
        new(account, new LocalDate(2024, month, 28), 0m, 0m, difference, 0m, 1, 0, null, "rita", At.Plus(Duration.FromMinutes(minute)));

    [Fact]
    public void A_line_counts_when_the_first_statement_covering_it_reconciled_to_zero_as_last_marked()
    {
        var lines = new (string, LocalDate)[] { ("1000", new(2024, 4, 3)), ("1000", new(2024, 5, 3)), ("2100", new(2024, 4, 3)), ("1000", new(2024, 6, 3)) };
        var marks = new[] { Mark("1000", 4, 0m), Mark("1000", 5, 12.50m), Mark("2100", 4, 3m), Mark("2100", 4, 0m, minute: 5) };
        // April checking: zero; May checking: 12.50 off; April card: re-marked at zero; June checking: not reconciled yet.
        Assert.Equal(2, ReconciledLines.Count(lines, marks));
    }
}
