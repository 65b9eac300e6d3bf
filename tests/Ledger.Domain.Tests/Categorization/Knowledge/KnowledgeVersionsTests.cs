using Ledger.Domain.Categorization.Knowledge;

namespace Ledger.Domain.Tests.Categorization.Knowledge;

/// <summary>Every knowledge base version shipped stays loadable by its id, as it was, so recorded proposals recompute.</summary>
public sealed class KnowledgeVersionsTests
{
    [Fact]
    public void The_first_version_still_loads_with_its_own_entries_kinds_and_tables()
    {
        var first = MerchantKnowledge.OfVersion("kb-2026.1");
        Assert.NotNull(first);
        Assert.Equal(("kb-2026.1", 46, 1), (first.Version, first.Entries.Count, first.Mapping));
        Assert.Same(AccountKinds.All, first.Kinds);
        Assert.Equal("travel", first.Match("UNITED AIRLINES 0162345678901 HOUSTON TX", -412m)!.Entry.Kind);
        Assert.Null(first.Match("SEVERN TRENT WATER DD", -38m));   // only the later version knows this water company
        Assert.Same(first, MerchantKnowledge.OfVersion("kb-2026.1"));
    }

    [Fact]
    public void The_shipped_version_is_the_newest_and_far_larger()
    {
        var shipped = MerchantKnowledge.Shipped;
        Assert.Equal(MerchantKnowledge.ShippedVersion, shipped.Version);
        Assert.Equal(2, shipped.Mapping);
        Assert.True(shipped.Entries.Sum(e => e.Phrases.Count) > 2_000, "hundreds of merchants and phrases");
        Assert.Equal("airfare", shipped.Match("UNITED AIRLINES 0162345678901 HOUSTON TX", -412m)!.Entry.Kind);
        Assert.Equal("water_sewer", shipped.Match("SEVERN TRENT WATER DD", -38m)!.Entry.Kind);
        // Every kind of kb-2026.1 is still a kind: a trace of an old proposal names kinds that still exist.
        Assert.Superset(AccountKinds.All.Keys.ToHashSet(), shipped.Kinds.Keys.ToHashSet());
    }

    [Fact]
    public void The_second_version_still_answers_with_the_kinds_it_had()
    {
        // kb-2026.3 split insurance, medical and mortgages into kinds of their own; a kb-2026.2 proposal recomputes as it was made.
        var second = MerchantKnowledge.OfVersion("kb-2026.2")!;
        Assert.Equal("kb-2026.2", second.Version);
        Assert.Equal("insurance", second.Match("GEICO *AUTO", -132m)!.Entry.Kind);
        Assert.Equal("medical", second.Match("CVS/PHARMACY #08123", -18m)!.Entry.Kind);
        Assert.Equal("loan_payment", second.Match("ROCKET MORTGAGE MTG PYMT", -1890m)!.Entry.Kind);
        Assert.Null(second.Match("IKEA BROOKLYN NY", -240m));
        Assert.False(second.Kinds.ContainsKey("mortgage"));
    }

    [Fact]
    public void A_version_this_build_never_shipped_is_none()
    {
        Assert.Null(MerchantKnowledge.OfVersion("kb-1999.1"));
    }

    [Theory]
    [InlineData("SHELL OIL 57442 SACRAMENTO CA", -48.20, "fuel")]
    [InlineData("COSTCO GAS #1023", -61.00, "fuel")]
    [InlineData("KROGER #0412 COLUMBUS OH", -84.10, "groceries")]
    [InlineData("LOBLAWS 1023 TORONTO ON", -66.00, "groceries")]
    [InlineData("TESCO STORES 2231 LEEDS", -23.50, "groceries")]
    [InlineData("SOUTHWEST AIRLINES 5262143021 DALLAS TX", -289.00, "airfare")]
    [InlineData("HAMPTON INN NASHVILLE", -189.00, "lodging")]
    [InlineData("UBER *TRIP HELP.UBER.COM", -23.40, "rideshare")]
    [InlineData("SPOTHERO 8443210012 CHICAGO IL", -18.00, "parking_tolls")]
    [InlineData("ROGERS WIRELESS PAD", -95.00, "phone")]
    [InlineData("DUKE ENERGY PROGRESS BILL PAY", -141.22, "electric")]
    [InlineData("PIEDMONT NATURAL GAS", -44.10, "gas_utility")]
    [InlineData("WASTE MANAGEMENT WM EZPAY", -65.00, "waste")]
    [InlineData("DIGITALOCEAN.COM", -24.00, "software")]
    [InlineData("MENARDS 3045 EAU CLAIRE WI", -120.00, "repairs_materials")]
    [InlineData("PITNEY BOWES POSTAGE", -75.00, "shipping")]
    [InlineData("PAYCHEX EIB INVOICE", -2450.00, "payroll")]
    [InlineData("ADP PAYROLL FEES", -90.00, "payroll_fees")]
    [InlineData("IRS USATAXPYMT 270654321", -3200.00, "income_tax")]
    [InlineData("EFTPS IRS USATAXPYMT 941", -1800.00, "payroll_taxes")]
    [InlineData("HMRC VAT", -1200.00, "taxes")]
    [InlineData("GEICO *AUTO", -132.00, "auto_insurance")]
    [InlineData("TIM HORTONS #2231", -4.75, "coffee")]
    [InlineData("WHATABURGER 812", -12.30, "meals")]
    [InlineData("CVS/PHARMACY #08123", -18.00, "pharmacy")]
    [InlineData("GOOGLE *ADS8391022", -250.00, "advertising")]
    [InlineData("ROCKET MORTGAGE MTG PYMT", -1890.00, "mortgage")]
    [InlineData("ATM WITHDRAWAL 0412 MAIN ST", -100.00, "cash_withdrawal")]
    [InlineData("PETSMART #1123", -45.00, "pets")]
    [InlineData("OLD NAVY US 4411", -39.00, "clothing")]
    [InlineData("GREAT CLIPS #3321", -22.00, "personal_care")]
    [InlineData("CHASE CREDIT CRD AUTOPAY", -1500.00, "card_payment")]
    [InlineData("STRIPE TRANSFER ST-Z9Q8", 1820.00, "sales_revenue")]
    public void The_shipped_version_knows_common_merchants_of_every_kind(string line, double amount, string kind) =>
        Assert.Equal(kind, MerchantKnowledge.Shipped.Match(line, (decimal)amount)?.Entry.Kind);

    [Fact]
    public void Marketplaces_whose_kind_depends_on_the_buyer_have_a_low_prior()
    {
        foreach (var line in new[] { "AMZN MKTP US*2K4", "WALMART.COM 8009256278", "COSTCO WHSE #0423" })
            Assert.True(MerchantKnowledge.Shipped.Match(line, -120m)!.Entry.P <= 0.6, line);
    }
}
