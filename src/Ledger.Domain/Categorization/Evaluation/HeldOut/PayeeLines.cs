using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>Every line one payee leaves on a tenant's statements in a year, refunds included.</summary>
internal sealed class PayeeLines(TenantProfile tenant, int year, Random random, DescriptorTokens tokens)
{
    public IEnumerable<StatementLine> For(Payee payee)
    {
        foreach (var date in ScheduleDates.For(payee, tenant, year, random))
        {
            var magnitude = payee.Amount.Draw(date.Month, random);
            var account = payee.Account.For(magnitude, date.Month);
            yield return Line(payee, date, payee.Inflow ? magnitude : -magnitude, account, refund: false);
            if (payee.Inflow || random.NextDouble() >= payee.RefundRate) continue;
            var returned = date.PlusDays(3 + random.Next(18));
            if (returned.Year != year) continue;
            var part = random.NextDouble() < 0.6 ? magnitude : Math.Round(magnitude * (decimal)(0.2 + 0.6 * random.NextDouble()), 2);
            yield return Line(payee, returned, part, account, refund: true);
        }
    }

    private StatementLine Line(Payee payee, LocalDate date, decimal amount, string account, bool refund)
    {
        var name = tokens.Expand(payee.Names[random.Next(payee.Names.Length)], payee, date);
        var card = tenant.Cards.FirstOrDefault(c => c.Code == payee.CardCode) ?? tenant.Cards[0];
        switch (payee.Channel)
        {
            case Channel.Card:
                var (city, state) = Place(payee);
                return new(date, CardFormats.Purchase(card.Issuer, name.Cut(25), city.Cut(13), state), amount, account, card.Code,
                    IssuerCategories.For(card.Issuer, payee.Kind));
            case Channel.Debit:
                var (town, st) = Place(payee);
                var bought = date.PlusDays(-random.Next(4));
                if (bought.Year != year) bought = date;
                var recurring = payee.Schedule is Schedule.MonthlyOn && payee.Kind is MerchantKind.Software or MerchantKind.Telecom or MerchantKind.Utility or MerchantKind.Insurance;
                var pin = payee.Kind is MerchantKind.Grocery or MerchantKind.Fuel or MerchantKind.Hardware or MerchantKind.Wholesale or MerchantKind.AutoParts && random.NextDouble() < 0.4;
                var text = CheckingFormats.Debit(tenant, name.Cut(25), $"{town.Cut(13)} {st}".Trim(), bought, recurring, pin, tokens);
                return Checking(date, refund ? Returned(text) : text, amount, account);
            case Channel.Ach:
                return Checking(date, CheckingFormats.Ach(tenant, name, tokens.Expand(payee.Entry, payee, date), date, amount > 0, tokens), amount, account);
            case Channel.Check:
                return Checking(date, CheckingFormats.Check(tenant.Checking), amount, account);
            case Channel.Deposit:
                return Checking(date, CheckingFormats.Deposit(tenant, date, tokens), amount, account);
            case Channel.Bank when payee.Line == BankLine.AnnualFee:
                return new(date, CardFormats.AnnualFee(card.Issuer), amount, account, card.Code, IssuerCategories.For(card.Issuer, MerchantKind.Fees));
            default:
                return Checking(date, BankLines.Text(tenant, payee.Line, name, date, tokens), amount, account);
        }
    }

    private StatementLine Checking(LocalDate date, string text, decimal amount, string account) =>
        new(date, text, amount, account, tenant.CheckingCode, "");

    private (string City, string State) Place(Payee payee)
    {
        if (payee.Where is { } where)
        {
            var cut = where.LastIndexOf(' ');
            return cut < 0 ? (where, "") : (where[..cut], where[(cut + 1)..]);
        }
        // Mostly the home town; now and then a neighbouring one.
        return random.NextDouble() < 0.75 ? tenant.Towns[0] : tenant.Towns[random.Next(tenant.Towns.Count)];
    }

    private static string Returned(string text) => text
        .Replace("CARD PURCHASE", "CARD PURCHASE RETURN").Replace("PURCHASE AUTHORIZED", "PURCHASE RETURN AUTHORIZED")
        .Replace("POS DEBIT", "POS CREDIT").Replace("DBT CRD", "CRD RETURN");
}
