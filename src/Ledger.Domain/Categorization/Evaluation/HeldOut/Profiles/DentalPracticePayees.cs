using NodaTime;
using static Ledger.Domain.Categorization.Evaluation.HeldOut.Payees;
using K = Ledger.Domain.Categorization.Evaluation.HeldOut.MerchantKind;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

public static partial class DentalPractice
{
    private const decimal Any = decimal.MaxValue;
    private static readonly double[] Heating = [1.8, 1.6, 1.3, 1, 0.6, 0.4, 0.35, 0.35, 0.45, 0.8, 1.3, 1.7];
    private static readonly double[] Electric = [1.3, 1.25, 1.1, 0.9, 0.85, 0.9, 1.15, 1.2, 0.95, 0.85, 1.0, 1.25];

    private static Payee[] Receipts =>
    [
        Ach("BANKCARD 8076", "BTOT DEP").In().Times(12).Around(1650, 0.55).To("4000"),
        Ach("BANKCARD 8076", "MTOT DISC").Monthly(3).Around(690, 0.2).To("6700"),
        Ach("DELTA DENTAL OF OR", "HCCLAIMPMT").In().Times(4).Around(780, 0.8).To("4100"),
        Ach("MODA HEALTH PLAN", "HCCLAIMPMT").In().Times(2.5).Around(520, 0.7).To("4100"),
        Ach("METLIFE DENTAL", "HCCLAIMPMT").In().Times(1.5).Around(610, 0.7).To("4100"),
        Ach("CIGNA", "HCCLAIMPMT").In().Times(1).Around(450, 0.7).To("4100"),
        Ach("UNITED CONCORDIA", "HCCLAIMPMT").In().From(4).Times(1).Around(380, 0.6).To("4100"),
        Ach("SYNCHRONY BANK", "CARECREDIT").In().Times(2).Around(1100, 0.6).To("4000"),
        Deposit().Times(2.5).Around(420, 0.8).To("4000"),
        Check().Times(1.2).Around(95, 0.9).Limit(15, 900).To("4000"),
        Bank(BankLine.Interest).In().Monthly(30).Around(2.4m, 0.5).To("4900"),
    ];

    private static Payee[] Staff =>
    [
        Ach("GUSTO", "NET {d6}").Every(2, IsoDayOfWeek.Wednesday).Around(13800, 0.05).To("6000"),
        Ach("GUSTO", "TAX {d6}").Every(2, IsoDayOfWeek.Wednesday).Around(5100, 0.06).To("6010"),
        Ach("GUSTO", "NET {d6}").On((12, 18)).Around(9000, 0.2).To("6000"),
        Ach("GUSTO", "FEE {d6}").Monthly(5).Around(214, 0.05).To("6020"),
        Ach("REGENCE BCBS OR", "PREMIUM").Monthly(1).Around(4120, 0.02).To("6030"),
        Ach("GUARDIAN", "GLIC PREM").Monthly(10).Around(512, 0.03).To("6030"),
        Card(K.Restaurant, "TST* PINE STATE BISCUITS", "TST* LARDO - SE WASHINGTON", "SIZZLE PIE WEST", "TST* NOSTRANA", "PAPA HAYDN").Times(1.5).Around(90, 0.6).To("6800"),
        Card(K.Coffee, "SQ *COAVA COFFEE ROASTERS", "STUMPTOWN COFFEE ROASTERS", "SQ *BARISTA ALBERTA").Times(1.2).Around(38, 0.5).To("6800"),
        Card(K.Restaurant, "DOORDASH*POKE MON", "DOORDASH*KEN'S ARTISAN", "DOORDASH*PHO OLEAH").At("WWW.DOORDASH. CA").Times(0.8).Around(140, 0.4).To("6800"),
    ];

    private static Payee[] Premises =>
    [
        Ach("NW 23RD PROPERTIES LLC", "RENT").Monthly(1).Fixed(8450, (8, 8700)).To("6100"),
        Ach("PORTLAND GENERAL", "ELEC PYMT").Monthly(12).Around(410, 0.08).Shape(Electric).To("6110"),
        Ach("NW NATURAL", "GAS PYMT").Monthly(18).Around(160, 0.1).Shape(Heating).To("6110"),
        Ach("CITY OF PORTLAND", "WATER BILL").On((1, 22), (4, 22), (7, 22), (10, 22)).Around(380, 0.15).To("6110"),
        Ach("CITY OF PORTLAND", "BUS LIC").On((4, 15)).Around(1850, 0.1).To("6900"),
        Card(K.Telecom, "COMCAST BUSINESS").At("800-391-3000 OR").Monthly(9).Until(8).Fixed(289.90m).To("6120"),
        Card(K.Telecom, "ZIPLY FIBER").At("866-699-4759 WA").Monthly(9).From(9).Fixed(245).To("6120"),
        Card(K.Telecom, "VZWRLSS*APOCC VISB", "VERIZON WRLS P2021-01").At("800-922-0204 FL").Monthly(22).Around(236, 0.04).To("6120"),
        Ach("STERICYCLE INC", "PAYMENT").Monthly(10).Around(212, 0.08).To("6130"),
        Ach("JAN PRO OF PORTLAND", "SERVICES").Monthly(2).Fixed(650).To("6130"),
        Card(K.Hardware, "THE HOME DEPOT #{#4}").Times(0.8).Around(65, 0.8).To("6300").Refunds(0.1),
        Card(K.Professional, "SQ *ROSE CITY PLUMBING").Times(0.2).Around(380, 0.5).To("6300"),
        Card(K.MedicalSupply, "PATTERSON DENTAL SERV").At("651-686-1600 MN").Times(0.4).Around(420, 0.4).To("6300"),
        Ach("MEDPRO GROUP", "INS PREM").Monthly(28).Fixed(318.42m).To("6400"),
        Ach("THE HARTFORD", "INS PREM").Monthly(15).Fixed(188.17m, (6, 201.04m)).To("6400"),
    ];

    private static Payee[] Clinical =>
    [
        Card(K.MedicalSupply, "HENRY SCHEIN DENTAL", "HENRY SCHEIN INC").At("631-8435500 NY").Times(4).Around(520, 0.8).Tiers((6000, "5000"), (Any, "1500")).Refunds(0.06),
        Card(K.MedicalSupply, "HENRY SCHEIN DENTAL").At("631-8435500 NY").On((10, 14)).Around(18500, 0.1).Tiers((6000, "5000"), (Any, "1500")),
        Card(K.MedicalSupply, "PATTERSON DENTAL SUPPLY").At("651-686-1600 MN").Times(2).Around(340, 0.7).Tiers((6000, "5000"), (Any, "1500")).Refunds(0.05),
        Card(K.MedicalSupply, "BENCO DENTAL CO").At("PITTSTON PA").From(5).Times(2).Around(410, 0.6).To("5000"),
        Card(K.MedicalSupply, "DARBY DENTAL SUPPLY").At("800-645-2310 NY").Times(0.5).Around(260, 0.5).To("5000"),
        Card(K.Professional, "GLIDEWELL LABORATORIES").At("949-4402600 CA").Times(3.5).Around(410, 0.6).To("5100").Refunds(0.03),
        Check().Monthly(8).Around(2300, 0.3).To("5100"),
        Card(K.Education, "SPEAR EDUCATION").At("480-588-9500 AZ").On((2, 20), (9, 3)).Around(1450, 0.2).To("6550"),
        Card(K.Association, "AMERICAN DENTAL ASSOC").At("312-440-2500 IL").On((1, 9)).Fixed(562).To("6900"),
        Card(K.Association, "OREGON DENTAL ASSOCIATION").At("503-2181800 OR").On((1, 12)).Fixed(780).To("6900"),
        Card(K.Government, "OR BOARD OF DENTISTRY").At("971-673-3200 OR").On((3, 4)).Fixed(315).To("6900"),
        Card(K.Airline, "ALASKA AIR 027{d10}").At("SEATTLE WA").On((8, 28), (8, 28)).Around(389, 0.2).To("6850"),
        Card(K.Lodging, "HYATT REGENCY SCOTTSDALE").At("SCOTTSDALE AZ").On((9, 16)).Around(842, 0.1).To("6850"),
        Card(K.Taxi, "LYFT   *RIDE {dow} {hh}", "UBER   *TRIP").At("8005928996 CA").On((9, 13), (9, 13), (9, 16)).Around(31, 0.4).To("6850"),
    ];

    private static Payee[] Office =>
    [
        Ach("HENRY SCHEIN ONE", "INVOICE").Monthly(15).Around(612, 0.03).To("6200"),
        Card(K.Software, "WEAVE COMMUNICATIONS").At("801-7243800 UT").Monthly(6).Fixed(399, (7, 449)).To("6200"),
        Card(K.Software, "MSFT * E0300{a5}").At("MSBILL.INFO WA").Monthly(2).Fixed(132).To("6200"),
        Card(K.Software, "DROPBOX*{a12}").At("DROPBOX.COM CA").Monthly(19).Fixed(30).To("6200"),
        Card(K.Software, "ADOBE *ACROPRO SUBS").At("408-536-6000 CA").Monthly(11).Fixed(23.99m).To("6210").Reclassified(7, "6200"),
        Card(K.Software, "GOOGLE *Workspace_harbo").At("cc@google.com CA").Monthly(1).Fixed(84).To("6200"),
        Card(K.OnlineRetail, "AMZN Mktp US*{a9}", "Amazon.com*{a9}", "AMAZON MKTPL*{a9}").At("Amzn.com/bill WA").Times(3.5).Around(70, 1.0)
            .Tiers((150, "6210"), (2500, "5000"), (Any, "1500")).Refunds(0.08),
        Debit(K.Wholesale, "COSTCO WHSE #0{#3}").Times(0.8).Around(160, 0.5).To("6210"),
        Card(K.OfficeSupply, "OFFICE DEPOT #{#4}").Times(0.5).Around(85, 0.6).To("6210").Refunds(0.05),
        Card(K.Shipping, "USPS PO {d10}").At("PORTLAND OR").Times(0.6).Around(24, 0.6).To("6210"),
        Card(K.Advertising, "GOOGLE *ADS{d10}").At("cc@google.com CA").Times(2).Around(310, 0.3).To("6600"),
        Card(K.Advertising, "FACEBK *{a10}").At("fb.me/ads CA").From(4).Times(1.5).Around(180, 0.4).To("6600"),
        Card(K.Advertising, "YELP INC").At("877-767-9357 CA").Monthly(3).Until(6).Fixed(475).To("6600"),
        Card(K.Advertising, "VISTAPRINT").At("866-6148002 MA").Times(0.3).Around(120, 0.4).To("6600"),
        Check().On((1, 25), (4, 10), (7, 25), (10, 24)).Around(1250, 0.1).To("6500"),
    ];

    private static Payee[] Money =>
    [
        Ach("BALBOA CAPITAL", "PAYMENT").Monthly(17).Fixed(1486.22m).To("2700"),
        Bank(BankLine.ServiceFee).Times(0.4).Fixed(30).To("6700"),
        Bank(BankLine.AnnualFee).On((3, 5)).Fixed(375).To("6700"),
        Bank(BankLine.ToOwner).Monthly(15).Around(9000, 0.15).RoundTo(500).To("3100"),
        Bank(BankLine.ToOwner).Monthly(30).Around(9000, 0.15).RoundTo(500).To("3100"),
        Bank(BankLine.ToSavings).Monthly(20).Around(6000, 0.3).RoundTo(1000).To("1010"),
        Bank(BankLine.FromSavings).In().On((2, 12), (8, 5)).Around(15000, 0.3).RoundTo(1000).To("1010"),
        Ach("IRS", "USATAXPYMT").On((1, 16), (4, 15), (6, 17), (9, 16)).Around(14500, 0.1).RoundTo(100).To("3110"),
        Ach("OREGON DEPT OF REVENUE", "TAX PAYMNT").On((1, 16), (4, 15), (6, 17), (9, 16)).Around(5200, 0.1).RoundTo(100).To("3110"),
    ];
}
