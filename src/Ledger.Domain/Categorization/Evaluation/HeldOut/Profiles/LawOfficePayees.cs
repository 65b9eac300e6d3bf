using NodaTime;
using static Ledger.Domain.Categorization.Evaluation.HeldOut.Payees;
using K = Ledger.Domain.Categorization.Evaluation.HeldOut.MerchantKind;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

public static partial class LawOffice
{
    private const decimal Any = decimal.MaxValue;

    private static Payee[] Fees =>
    [
        Ach("LAWPAY", "DEPOSIT").In().Times(9).Around(1850, 0.7).To("4000"),
        Ach("LAWPAY", "FEES").Monthly(2).Around(265, 0.3).To("6700"),
        Bank(BankLine.FromOwner, Trust).In().Times(3).Around(4200, 0.6).To("4000"),
        Deposit().Times(2).Around(2400, 0.8).To("4000"),
        Ach("FRANKLIN CO AUDITOR", "VENDOR PMT").In().Times(1.2).Around(1100, 0.5).To("4000"),
        Check().Times(0.2).Around(600, 0.6).To("4000"),
        Bank(BankLine.Interest).In().Monthly(30).Around(3.1m, 0.4).To("4900"),
    ];

    private static Payee[] Staff =>
    [
        Ach("PAYCHEX INC.", "PAYROLL").Every(2, IsoDayOfWeek.Thursday).Around(11200, 0.04).To("6000"),
        Ach("PAYCHEX TPS", "TAXES").Every(2, IsoDayOfWeek.Thursday).Around(3900, 0.05).To("6010"),
        Ach("PAYCHEX EIB", "INVOICE").Monthly(4).Around(148, 0.1).To("6020"),
        Ach("GUIDELINE 401K", "CONTRIB").From(3).Every(2, IsoDayOfWeek.Thursday).Around(860, 0.05).To("6040"),
        Ach("GUIDELINE", "FEES").From(3).Monthly(5).Around(96, 0.05).To("6020"),
        Ach("ANTHEM BLUE CROSS", "INS PREM").Monthly(1).Around(3350, 0.02).To("6030"),
    ];

    private static Payee[] Cases =>
    [
        Card(K.Government, "FRANKLIN CO CLERK OF CT").At("COLUMBUS OH").Times(2.5).Around(210, 0.6).To("5000"),
        Card(K.Government, "PACER").At("800-676-6856 TX").On((1, 10), (4, 10), (7, 10), (10, 10)).Around(42, 0.6).To("5000"),
        Card(K.Government, "PAY.GOV US COURTS").At("202-8741000 DC").On((3, 19), (10, 7)).Fixed(405).To("5000"),
        Card(K.Professional, "ESQUIRE DEPOSITION SOLU").At("800-211-3376 GA").Times(0.8).Around(690, 0.5).To("5010"),
        Card(K.Professional, "VERITEXT CORP").At("973-4103111 NJ").From(6).Times(0.6).Around(540, 0.5).To("5010"),
        Check().Times(0.7).Around(450, 0.5).Limit(150, 2000).To("5010"),
        Check().Times(0.8).Around(85, 0.4).Limit(30, 140).To("5020"),
        Card(K.Professional, "ABC LEGAL SERVICES").At("206-5215000 WA").Times(0.8).Around(95, 0.4).To("5020"),
        Card(K.Professional, "LEXISNEXIS RISK DATA").At("888-3326244 GA").Times(0.5).Around(45, 0.5).To("5020"),
        Ach("THOMSON REUTERS", "WEST PMT").Monthly(6).Around(389, 0.02).To("6210"),
    ];

    private static Payee[] Office =>
    [
        Ach("CAPITOL SQUARE LTD", "RENT").Monthly(1).Fixed(5600).To("6100"),
        Card(K.Parking, "PARKMOBILE-{d2}").At("877-727-5758 GA").Times(3).Around(9, 0.5).To("6110"),
        Card(K.Parking, "SP PLUS PARKING {#4}").Times(1.2).Around(14, 0.4).To("6110"),
        Card(K.Parking, "SP PLUS PARKING {#4}").Monthly(1).Fixed(185).To("6110"),
        Card(K.Parking, "LAZ PARKING {#6}").Times(0.8).Around(12, 0.3).To("6110"),
        Card(K.Telecom, "SPECTRUM").At("855-707-7328 MO").Monthly(18).Fixed(199.97m).To("6120"),
        Card(K.Telecom, "RINGCENTRAL, INC.").At("888-528-7464 CA").Monthly(27).Around(171, 0.03).To("6120"),
        Card(K.Software, "CLIO THEMIS SOLUTIONS").At("BURNABY BC").Monthly(3).Fixed(447, (7, 477)).To("6200"),
        Card(K.Software, "MSFT * E0300{a5}").At("MSBILL.INFO WA").Monthly(2).Fixed(110).To("6200"),
        Card(K.Software, "DOCUSIGN INC").At("DOCUSIGN.COM CA").On((4, 11)).Fixed(480).To("6200"),
        Card(K.Software, "ZOOM.US 888-799-9666").At("ZOOM.US CA").Monthly(6).Fixed(15.99m).To("6200"),
        Card(K.OfficeSupply, "STAPLES       {#8}").Times(0.8).Around(75, 0.7).To("6300").Refunds(0.06),
        Card(K.OnlineRetail, "AMZN Mktp US*{a9}", "Amazon.com*{a9}").At("Amzn.com/bill WA").Times(2).Around(48, 0.9).Tiers((1500, "6300"), (Any, "1500")).Refunds(0.08),
        Card(K.Shipping, "USPS PO {d10}").At("COLUMBUS OH").Times(1.5).Around(22, 0.7).To("6300"),
        Card(K.Shipping, "FEDEX {d9}").At("MEMPHIS TN").Times(0.5).Around(38, 0.5).To("6300"),
        Card(K.Shipping, "FEDEX OFFICE {#4}").Times(0.4).Around(64, 0.6).To("6310"),
        Ach("CANON FINANCIAL", "LEASE PMT").Monthly(20).Fixed(248.16m).To("6310"),
        Ach("ALPS CORPORATION", "PREMIUM").Monthly(5).Fixed(612.50m).To("6400"),
        Ach("HISCOX INC", "INS PREM").Monthly(15).Fixed(58.33m).To("6410"),
        Check().On((3, 12), (9, 12)).Around(1800, 0.1).To("6500"),
        Card(K.Association, "OHIO STATE BAR ASSOC").At("614-487-2050 OH").On((7, 1), (7, 1)).Fixed(295).To("6550"),
        Card(K.Association, "COLUMBUS BAR ASSOC").At("614-221-4112 OH").On((1, 15), (1, 15)).Fixed(250).To("6550"),
        Card(K.Government, "SUPREME COURT OF OHIO").At("614-387-9320 OH").On((8, 20), (8, 20)).Fixed(350).To("6550"),
        Card(K.Education, "OSBA CLE").At("614-487-2050 OH").Times(0.4).Around(185, 0.3).To("6550"),
        Card(K.Advertising, "GOOGLE *ADS{d10}").At("cc@google.com CA").Times(2).Around(420, 0.3).To("6600"),
        Card(K.Advertising, "JUSTIA INC").At("MOUNTAIN VIEW CA").Monthly(4).Fixed(289).To("6600"),
        Card(K.Restaurant, "TST* LINDEYS", "THE TOP STEAK HOUSE", "TST* BODEGA CAFE", "MITCHELL'S OCEAN CLUB").Times(1.8).Around(110, 0.6).To("6800"),
        Card(K.Coffee, "STAUF'S COFFEE ROASTERS", "SQ *FOX IN THE SNOW", "STARBUCKS STORE {#5}").Times(2.5).Around(12, 0.5).To("6800"),
        Card(K.Airline, "SOUTHWEST {d10}").At("800-435-9792 TX").On((5, 2), (5, 2)).Around(290, 0.2).To("6850"),
        Card(K.Lodging, "HILTON GARDEN INN").At("CHICAGO IL").On((5, 14)).Around(520, 0.1).To("6850"),
        Card(K.Taxi, "UBER   *TRIP").At("HELP.UBER.COM CA").Times(0.6).Around(24, 0.5).To("6850"),
        Ach("CITY OF COLUMBUS", "INCOME TAX").On((4, 15), (6, 16), (9, 16), (12, 16)).Around(1800, 0.2).RoundTo(10).To("6900"),
    ];

    private static Payee[] Partners =>
    [
        Bank(BankLine.ToOwner, "7731").Monthly(15).Around(7500, 0.1).RoundTo(500).To("3100"),
        Bank(BankLine.ToOwner, "0456").Monthly(15).Around(7500, 0.1).RoundTo(500).To("3110"),
        Bank(BankLine.ToOwner, "7731").On((12, 27)).Around(15000, 0.2).RoundTo(1000).To("3100"),
        Bank(BankLine.ToOwner, "0456").On((12, 27)).Around(15000, 0.2).RoundTo(1000).To("3110"),
        Bank(BankLine.ToSavings).Monthly(25).Around(3000, 0.3).RoundTo(500).To("1010"),
        Bank(BankLine.ServiceFee).Times(0.3).Fixed(25).To("6700"),
        Bank(BankLine.AnnualFee).On((9, 12)).Fixed(695).To("6700"),
    ];
}
