using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>
/// Each card statement is paid from checking about three weeks after it closes, for the statement's balance:
/// a debit on checking (account: the card) and a credit on the card (account: checking), as two real feeds show it.
/// </summary>
internal static class CardPayments
{
    public static IEnumerable<StatementLine> For(TenantProfile tenant, IReadOnlyList<StatementLine> lines, int year, Random random, DescriptorTokens tokens)
    {
        foreach (var card in tenant.Cards)
        {
            var autopay = random.NextDouble() < 0.5;
            var charges = lines.Where(l => l.BankAccount == card.Code).ToList();
            decimal? first = null;
            for (var month = 1; month <= 12; month++)
            {
                var closes = Close(year, month, card);
                var opened = month == 1 ? new LocalDate(year, 1, 1) : Close(year, month - 1, card).PlusDays(1);
                var balance = -charges.Where(l => l.Date >= opened && l.Date <= closes).Sum(l => l.Amount);
                first ??= balance;
                var due = ScheduleDates.NextBusinessDay(closes.PlusDays(21));
                if (balance > 0 && due.Year == year) foreach (var line in Pair(tenant, card, due, balance, autopay, tokens)) yield return line;
            }
            // December's statement of the year before is paid in January.
            if (first is > 0 and var carried)
            {
                var january = ScheduleDates.NextBusinessDay(new LocalDate(year, 1, Math.Clamp(card.CloseDay - 10, 2, 28)));
                var amount = Math.Round(carried * (decimal)(0.8 + 0.4 * random.NextDouble()), 2);
                foreach (var line in Pair(tenant, card, january, amount, autopay, tokens)) yield return line;
            }
        }
    }

    private static IEnumerable<StatementLine> Pair(TenantProfile tenant, CardAccount card, LocalDate date, decimal amount, bool autopay, DescriptorTokens tokens)
    {
        yield return new(date, BankLines.CardPayment(tenant, card, date, tokens), -amount, card.Code, tenant.CheckingCode, "");
        yield return new(date, CardFormats.PaymentReceived(card.Issuer, autopay), amount, tenant.CheckingCode, card.Code,
            IssuerCategories.For(card.Issuer, MerchantKind.Other, payment: true));
    }

    private static LocalDate Close(int year, int month, CardAccount card) =>
        new(year, month, Math.Min(card.CloseDay, CalendarSystem.Iso.GetDaysInMonth(year, month)));
}
