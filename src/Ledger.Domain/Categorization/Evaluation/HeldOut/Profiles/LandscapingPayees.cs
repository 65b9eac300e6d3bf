using NodaTime;
using static Ledger.Domain.Categorization.Evaluation.HeldOut.Payees;
using K = Ledger.Domain.Categorization.Evaluation.HeldOut.MerchantKind;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

public static partial class Landscaping
{
    private const decimal Any = decimal.MaxValue;
    private static readonly double[] Crews = [0.55, 0.6, 0.95, 1.15, 1.25, 1.25, 1.2, 1.15, 1.1, 1.0, 0.85, 0.6];
    private static readonly double[] Cooling = [0.8, 0.75, 0.8, 0.9, 1.1, 1.35, 1.5, 1.55, 1.3, 1.0, 0.8, 0.8];

    private static Payee[] Receipts =>
    [
        Ach("INTUIT PYMT SOLN", "DEPOSIT").In().Seasonal().Times(7).Around(1450, 0.8).Tiers((3500, "4000"), (Any, "4100")),
        Ach("INTUIT PYMT SOLN", "TRAN FEE").Monthly(2).Around(95, 0.5).To("6700"),
        Deposit().Seasonal().Times(4).Around(850, 0.9).To("4000"),
        Bank(BankLine.ZelleIn, "JENNIFER WALSH", "DAVID NGUYEN", "KAREN MITCHELL", "ROBERT HAYES", "SUSAN PATEL").In().Seasonal().Times(2.5).Around(320, 0.7).To("4000"),
        Ach("FIRSTSERVICE RES", "PAYABLES").In().Monthly(28).Around(3800, 0.1).To("4000"),
        Ach("CITY OF ROUND ROCK", "VENDOR PMT").In().From(5).Times(0.6).Around(5200, 0.4).To("4100"),
        Bank(BankLine.FromOwner).In().On((1, 10), (2, 8)).Around(5000, 0.2).RoundTo(1000).To("3000"),
    ];

    private static Payee[] Crew =>
    [
        Ach("ADP WAGE PAY", "WAGE PAY").Every(1, IsoDayOfWeek.Thursday).Around(9200, 0.06).Shape(Crews).To("6000"),
        Ach("ADP TAX", "ADP TAX").Every(1, IsoDayOfWeek.Thursday).Around(2900, 0.07).Shape(Crews).To("6010"),
        Ach("ADP PAYROLL FEES", "ADP FEES").Monthly(6).Around(165, 0.1).To("6020"),
        Ach("TEXAS MUTUAL INS", "PREMIUM").Monthly(20).Around(1180, 0.08).Shape(Crews).To("6030"),
        Bank(BankLine.ZelleOut, "JOSE HERNANDEZ", "LUIS MARTINEZ", "CARLOS RAMIREZ", "ALAMO TREE SERVICE").Seasonal().Times(2.5).Around(650, 0.6).RoundTo(5).To("5200"),
        Check().Seasonal().Times(1.2).Around(2200, 0.5).To("5200"),
        Bank(BankLine.AtmCash, "4501 S LAMAR BLVD", "1000 E 41ST ST").Seasonal().Times(0.8).Around(300, 0.3).RoundTo(20).To("5200"),
        Card(K.FastFood, "WHATABURGER {#3}", "CHICK-FIL-A #{#5}", "TACO CABANA # {#4}", "RAISING CANES {#4}", "SONIC DRIVE IN #{#4}").Seasonal().Times(3).Around(58, 0.5).To("6800"),
        Card(K.Restaurant, "TST* TORCHY'S TACOS", "TST* VERACRUZ ALL NATURA", "JUAN IN A MILLION").Times(0.8).Around(96, 0.5).To("6800"),
        Card(K.GeneralRetail, "BOOT BARN #{#3}", "ACADEMY SPORTS #{#3}").Times(0.4).Around(130, 0.5).To("6950").Refunds(0.1),
    ];

    private static Payee[] Materials =>
    [
        Card(K.Hardware, "THE HOME DEPOT #{#4}", "HOMEDEPOT.COM").Seasonal().Times(5).Around(140, 1.0).Tiers((400, "6300"), (Any, "5000")).Refunds(0.08),
        Card(K.Hardware, "LOWE'S #{#4}").Seasonal().Times(1.5).Around(120, 0.9).Tiers((400, "6300"), (Any, "5000")).Refunds(0.06),
        Card(K.Nursery, "SITEONE LANDSCAPE SUPPLY").Seasonal().Times(3.5).Around(620, 0.8).To("5000"),
        Card(K.Hardware, "EWING IRRIGATION #{#3}").Seasonal().Times(2).Around(380, 0.7).To("5100").Refunds(0.05),
        Card(K.Nursery, "BARTON SPRINGS NURSERY", "SQ *TANGLEWOOD NURSERY").Seasonal().Times(1.5).Around(480, 0.7).To("5000"),
        Debit(K.Nursery, "LIVING EARTH #{#2}").Seasonal().Times(1.5).Around(540, 0.6).To("5000"),
        Card(K.Rental, "SUNBELT RENTALS #{#4}").Seasonal().Times(1).Around(310, 0.6).To("5300"),
        Card(K.Rental, "UNITED RENTALS #{#4}").From(6).Times(0.5).Around(420, 0.5).To("5300"),
        Debit(K.Other, "TEXAS DISPOSAL SYSTEMS").Seasonal().Times(2).Around(68, 0.4).To("5400"),
        Ach("WASTE MANAGEMENT", "WM EZPAY").Monthly(8).Around(189, 0.1).To("5400"),
        Card(K.Hardware, "CENTEX OUTDOOR POWER").Times(1).Around(240, 1.1).Tiers((2500, "6310"), (Any, "1500")),
        Card(K.Hardware, "CENTEX OUTDOOR POWER").On((3, 12)).Around(11800, 0.1).Tiers((2500, "6310"), (Any, "1500")),
    ];

    private static Payee[] Trucks =>
    [
        Card(K.Fuel, "SHELL OIL {d11}", "EXXON 7-ELEVEN {#5}", "QT {#3}", "CHEVRON {#7}", "BUC-EE'S #{#2}").OnCard("2110").Seasonal().Times(9).Around(96, 0.45).To("6400"),
        Card(K.Taxi, "TXTAG AUTOCHARGE").At("888-468-9824 TX").OnCard("2110").Times(1).Around(40, 0.3).To("6400"),
        Card(K.AutoParts, "O'REILLY AUTO PARTS {#4}", "AUTOZONE #{#4}").OnCard("2110").Times(1.2).Around(62, 0.8).To("6410").Refunds(0.1),
        Card(K.AutoService, "DISCOUNT TIRE TXA {#2}").OnCard("2110").On((3, 20), (9, 14)).Around(780, 0.2).To("6410"),
        Card(K.AutoService, "JIFFY LUBE #{#4}").OnCard("2110").Times(0.4).Around(95, 0.3).To("6410"),
        Card(K.Government, "TXDMV VEHICLE REG").At("512-465-3000 TX").On((4, 2), (6, 18)).Around(90, 0.2).To("6900"),
        Ach("JOHN DEERE FINANCIAL", "PAYMENT").Monthly(25).Fixed(842.50m).To("2700"),
        Ach("ALLY", "ALLY PAYMT").Monthly(12).Fixed(689.14m).To("2710"),
        Ach("PROGRESSIVE", "INS PREM").Monthly(7).Fixed(612.33m).To("6450"),
        Card(K.Insurance, "NEXT INSURANCE").At("PALO ALTO CA").Monthly(14).Fixed(146.25m).To("6450"),
    ];

    private static Payee[] Overhead =>
    [
        Check().Monthly(1).Fixed(1800).To("6100"),
        Ach("CITY OF AUSTIN", "UTILITY").Monthly(14).Around(165, 0.15).Shape(Cooling).To("6110"),
        Card(K.Telecom, "ATT*BILL PAYMENT", "AT&T*BILL PAYMENT").At("800-331-0500 TX").Monthly(19).Around(312, 0.04).To("6120"),
        Card(K.Software, "INTUIT *QBooks Online").At("CL.INTUIT.COM CA").Monthly(7).Fixed(90, (2, 99)).To("6200"),
        Card(K.Software, "JOBBER").At("888-2496210 AB").From(3).Monthly(3).Fixed(169).To("6200"),
        Card(K.Software, "GOOGLE *GSUITE_greenlin").At("cc@google.com CA").Monthly(1).Fixed(36).To("6200"),
        Card(K.Advertising, "NEXTDOOR.COM").At("SAN FRANCISCO CA").Times(0.8).Around(85, 0.4).To("6600"),
        Card(K.Advertising, "GOOGLE *ADS{d10}").At("cc@google.com CA").Seasonal().Times(1.2).Around(220, 0.4).To("6600"),
        Card(K.Advertising, "THUMBTACK* {a6}").At("THUMBTACK.COM CA").Seasonal().Times(1).Around(28, 0.5).To("6600"),
        Card(K.Advertising, "VISTAPRINT").At("866-6148002 MA").On((2, 20)).Around(160, 0.2).To("6600"),
        Card(K.Government, "TX DEPT OF AGRICULTURE").At("512-463-7476 TX").On((2, 14)).Fixed(180).To("6900"),
        Card(K.Government, "TCEQ EPAY").At("512-239-0357 TX").On((6, 3)).Fixed(111).To("6900"),
        Check().On((3, 8)).Around(1350, 0.1).To("6500"),
        Bank(BankLine.ServiceFee).Times(0.3).Fixed(15).To("6700"),
        Bank(BankLine.AnnualFee).OnCard("2110").On((5, 3)).Fixed(95).To("6700"),
        Ach("TEXAS COMPTROLLER", "SALES TAX").On((1, 19), (4, 19), (7, 19), (10, 21)).Around(3100, 0.3).To("2300"),
        Ach("IRS", "USATAXPYMT").On((1, 16), (4, 15), (6, 17), (9, 16)).Around(4200, 0.2).RoundTo(100).To("3100"),
        Bank(BankLine.ToOwner).Monthly(1).Around(3500, 0.3).RoundTo(100).To("3100"),
        Bank(BankLine.ToOwner).Monthly(15).Around(3500, 0.3).RoundTo(100).To("3100"),
        Bank(BankLine.ToSavings).On((5, 30), (6, 28), (7, 31), (8, 30), (9, 30)).Around(5000, 0.3).RoundTo(500).To("1010"),
        Bank(BankLine.FromSavings).In().On((1, 26), (2, 23), (12, 20)).Around(6000, 0.3).RoundTo(500).To("1010"),
    ];
}
