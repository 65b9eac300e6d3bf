using NodaTime;
using static Ledger.Domain.Categorization.Evaluation.HeldOut.Payees;
using K = Ledger.Domain.Categorization.Evaluation.HeldOut.MerchantKind;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

public static partial class OnlineShop
{
    private const decimal Any = decimal.MaxValue;
    private static readonly double[] Holidays = [0.8, 0.75, 0.85, 0.9, 1.0, 0.9, 0.85, 0.9, 0.95, 1.1, 1.6, 1.9];

    private static Payee[] Sales =>
    [
        Ach("SHOPIFY", "TRANSFER").In().Seasonal().Times(11).Around(1150, 0.6).To("4000"),
        Ach("ETSY INC", "DEPOSIT").In().Seasonal().Times(4).Around(480, 0.6).To("4010"),
        Ach("AMAZON SELLER", "PAYMENTS").In().From(4).Every(2, IsoDayOfWeek.Wednesday).Around(1900, 0.5).Shape(Holidays).To("4020"),
        Ach("PAYPAL", "TRANSFER").In().Times(1.5).Around(260, 0.7).To("4000"),
        Ach("FAIRE WHOLESALE", "PAYOUT").In().Seasonal().Times(2).Around(640, 0.5).To("4030"),
        Ach("STRIPE", "TRANSFER").In().From(5).Times(1.5).Around(520, 0.5).To("4030"),
        Deposit().On((12, 9), (12, 16)).Around(900, 0.3).To("4000"),
        Bank(BankLine.Interest).In().Monthly(28).Around(1.1m, 0.5).To("4900"),
        Bank(BankLine.FromSavings).In().On((1, 30), (5, 6)).Around(4000, 0.2).RoundTo(500).To("1010"),
    ];

    private static Payee[] Making =>
    [
        Ach("PAYPAL", "INST XFER").Times(1.5).Around(85, 0.8).To("5100"),
        Card(K.OnlineRetail, "PAYPAL *WICKSANDMORE", "PAYPAL *JARSTORE").At("4029357733 CA").Times(1).Around(95, 0.6).To("5100").Refunds(0.05),
        Card(K.OnlineRetail, "CANDLESCIENCE").At("919-4675000 NC").Seasonal().Times(2.5).Around(420, 0.6).To("5100").Refunds(0.04),
        Card(K.OnlineRetail, "WHOLESALE SUPPLIES PLUS").At("800-359-0944 OH").Times(1).Around(260, 0.5).To("5100"),
        Card(K.OnlineRetail, "AMZN Mktp US*{a9}", "Amazon.com*{a9}", "AMAZON MKTPL*{a9}").At("Amzn.com/bill WA").Times(4).Around(45, 1.0)
            .Tiers((120, "6300"), (1200, "5100"), (Any, "1500")).Refunds(0.1),
        Card(K.OnlineRetail, "ALIBABA.COM").At("HANGZHOU CN").Times(0.5).Around(620, 0.5).To("1200"),
        Bank(BankLine.WireOut, "NINGBO HUAYI TRADING CO LTD|BANK OF CHINA NINGBO", "YIWU LANSHENG CERAMICS|CHINA CONSTRUCTION BANK")
            .On((2, 6), (5, 14), (8, 20), (10, 2)).Around(8200, 0.3).To("1200"),
        Bank(BankLine.WireFee).On((2, 6), (5, 14), (8, 20), (10, 2)).Fixed(45).To("6700"),
        Card(K.Shipping, "ULINE *S{d7}").At("800-295-5510 WI").Seasonal().Times(1.5).Around(310, 0.7).Tiers((1500, "5000"), (Any, "1500")),
        Card(K.OnlineRetail, "SP * NOISSUE").At("NOISSUE.CO NZ").Times(0.5).Around(240, 0.4).To("5000"),
        Debit(K.Wholesale, "COSTCO WHSE #{#4}").Times(0.6).Around(120, 0.5).To("6300"),
    ];

    private static Payee[] Selling =>
    [
        Card(K.Software, "SHOPIFY* {d9}").At("SHOPIFY.COM ON").Monthly(3).Around(105, 0.2).To("6200"),
        Card(K.Software, "SHOPIFY* {d9}").At("SHOPIFY.COM ON").Seasonal().Times(3).Around(140, 0.6).To("5010"),
        Card(K.Shipping, "PIRATE SHIP").At("PIRATESHIP.COM WA").Seasonal().Times(4).Around(110, 0.7).To("5010"),
        Card(K.Shipping, "USPS PO {d10}").At("DENVER CO").Times(1).Around(38, 0.6).To("5010"),
        Card(K.Shipping, "THE UPS STORE {#4}").Times(0.5).Around(45, 0.6).To("5010"),
        Card(K.OnlineRetail, "ETSY.COM - BILLING").At("718-8557955 NY").Monthly(2).Around(38, 0.4).To("5050"),
        Card(K.Advertising, "FACEBK *{a10}").At("fb.me/ads CA").Seasonal().Times(5).Around(160, 0.5).To("6600"),
        Card(K.Advertising, "GOOGLE *ADS{d10}").At("cc@google.com CA").Times(1.5).Around(210, 0.4).To("6600"),
        Card(K.Advertising, "TIKTOK ADS").At("LOS ANGELES CA").From(7).Times(2).Around(95, 0.5).To("6600"),
        Card(K.Software, "KLAVIYO INC.").At("BOSTON MA").Monthly(9).Fixed(60, (6, 100), (11, 150)).To("6200").Reclassified(9, "6600"),
        Card(K.Software, "CANVA* {d8}").At("SURRY HILLS AU").Monthly(14).Fixed(14.99m).To("6200"),
        Card(K.Software, "ADOBE *CREATIVE CLOUD").At("408-536-6000 CA").Monthly(21).Fixed(59.99m).To("6200"),
        Card(K.Software, "INTUIT *QBooks Online").At("CL.INTUIT.COM CA").Monthly(8).Fixed(95, (3, 115)).To("6200"),
        Card(K.Association, "SQ *DENVER FLEA").On((4, 2), (8, 3), (11, 5)).Around(175, 0.3).To("6650"),
        Card(K.Professional, "NY NOW").At("NEW YORK NY").On((1, 8)).Fixed(1875).To("6650"),
        Card(K.Airline, "SOUTHWEST {d10}").At("800-435-9792 TX").On((1, 20), (1, 20)).Around(320, 0.2).To("6850"),
        Card(K.Lodging, "MARRIOTT 33743 NY MARQ").At("NEW YORK NY").On((2, 4)).Around(1120, 0.1).To("6850"),
        Card(K.Taxi, "UBER   *TRIP").At("HELP.UBER.COM CA").On((2, 1), (2, 2), (2, 4)).Around(36, 0.4).To("6850"),
    ];

    private static Payee[] Running =>
    [
        Ach("INTUIT PAYROLL S", "QUICKBOOKS").Every(2, IsoDayOfWeek.Thursday).Around(2800, 0.12).To("6000"),
        Ach("INTUIT PAYROLL S", "TAX").Every(2, IsoDayOfWeek.Thursday).Around(780, 0.12).To("6010"),
        Ach("COLFAX STUDIOS LLC", "RENT").Monthly(1).Fixed(2100, (7, 2175)).To("6100"),
        Ach("XCEL ENERGY-PSCO", "XCELENERGY").Monthly(16).Around(145, 0.12).Shape(1.4, 1.3, 1.1, 0.9, 0.8, 0.85, 1.0, 1.0, 0.85, 0.9, 1.1, 1.35).To("6110"),
        Card(K.Telecom, "COMCAST / XFINITY").At("800-266-2278 CO").Monthly(12).Fixed(109.99m).To("6120"),
        Card(K.Telecom, "MINT MOBILE").At("888-3623818 CA").On((1, 4), (7, 4)).Fixed(180).To("6120"),
        Card(K.Coffee, "SQ *HUCKLEBERRY ROASTERS", "SQ *CORVUS COFFEE", "STARBUCKS STORE {#5}").Times(2).Around(14, 0.4).To("6800"),
        Card(K.Restaurant, "TST* LINGER", "SNOOZE AN A.M. EATERY", "TST* DENVER BISCUIT CO").Times(0.6).Around(64, 0.5).To("6800"),
        Card(K.Professional, "LEGALZOOM.COM").At("800-773-0888 CA").On((3, 8)).Fixed(299).To("6500"),
        Check().On((3, 14), (9, 13)).Around(900, 0.2).To("6500"),
        Card(K.Government, "CO SEC OF STATE").At("303-894-2200 CO").On((5, 10)).Fixed(25).To("6900"),
        Ach("CO DEPT REVENUE", "TAX PYMT").Monthly(20).Around(640, 0.3).Shape(Holidays).To("2300"),
        Ach("DENVER TREASURY", "SALES TAX").Monthly(20).Around(310, 0.3).Shape(Holidays).To("2300"),
        Ach("SBA EIDL LOAN", "PAYMENT").Monthly(24).Fixed(731).To("2700"),
        Bank(BankLine.ServiceFee).Times(0.5).Fixed(16).To("6700"),
        Bank(BankLine.AnnualFee).On((6, 1)).Fixed(95).To("6700"),
        Bank(BankLine.ToOwner).Monthly(28).Around(3000, 0.3).RoundTo(250).To("3100"),
        Bank(BankLine.ToSavings).On((11, 29), (12, 27)).Around(8000, 0.2).RoundTo(1000).To("1010"),
    ];
}
