using NodaTime;
using static Ledger.Domain.Categorization.Evaluation.HeldOut.Payees;
using K = Ledger.Domain.Categorization.Evaluation.HeldOut.MerchantKind;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

public static partial class AutoRepair
{
    private const decimal Any = decimal.MaxValue;
    private static readonly double[] Heating = [1.8, 1.6, 1.3, 1, 0.6, 0.4, 0.35, 0.35, 0.45, 0.8, 1.3, 1.7];

    private static Payee[] Receipts =>
    [
        Ach("MERCHANT SERVICE", "MERCH DEP").In().Times(15).Around(640, 0.7).To("4000"),
        Ach("MERCHANT SERVICE", "MERCH FEE").Monthly(4).Around(520, 0.2).To("6700"),
        Deposit().Times(3).Around(380, 0.8).To("4000"),
        Ach("SYNCHRONY BANK", "CARCARE").In().Times(1).Around(900, 0.5).To("4000"),
        Ach("FIDELITY WARRANTY", "CLAIM PMT").In().Times(1).Around(1300, 0.5).To("4000"),
        Ach("CITY OF CHARLOTTE", "VENDOR PMT").In().From(7).Times(1).Around(1800, 0.4).To("4000"),
        Bank(BankLine.Interest).In().Monthly(30).Around(1.6m, 0.4).To("4900"),
    ];

    private static Payee[] Parts =>
    [
        Card(K.AutoParts, "NAPA AUTO PARTS {#4}", "NAPA STORE {#7}").Times(5).Around(140, 0.9).To("5000").Refunds(0.12),
        Ach("GENUINE PARTS CO", "STATEMENT").Monthly(10).Around(5400, 0.25).To("5000"),
        Card(K.AutoParts, "O'REILLY AUTO PARTS {#4}", "O REILLY #{#4}").Times(4).Around(95, 0.9).To("5000").Refunds(0.12),
        Card(K.AutoParts, "ADVANCE AUTO PARTS #{#4}").Times(2).Around(88, 0.8).To("5000").Refunds(0.1),
        Card(K.AutoParts, "AUTOZONE #{#4}").Times(1.5).Around(70, 0.8).To("5000").Refunds(0.1),
        Ach("WORLDPAC INC", "PAYMENT").Monthly(12).Around(3100, 0.3).To("5000"),
        Card(K.AutoParts, "ROCKAUTO LLC").At("866-762-5288 WI").Times(1).Around(180, 0.7).To("5000"),
        Card(K.AutoParts, "LKQ CORPORATION {#4}").Times(0.8).Around(310, 0.6).To("5000"),
        Card(K.AutoParts, "HENDRICK TOYOTA CONCORD", "SCOTT CLARK HONDA PARTS").Times(1.2).Around(260, 0.8).To("5000"),
        Ach("AMERICAN TIRE DIST", "ATD PMT").Every(2, IsoDayOfWeek.Tuesday).Around(1800, 0.35).To("5010"),
        Card(K.AutoParts, "TIRERACK.COM").At("888-5418473 IN").Times(0.5).Around(640, 0.4).To("5010"),
        Card(K.AutoService, "SQ *QUEEN CITY TOWING").Times(1.2).Around(125, 0.4).To("5020"),
        Check().Times(0.8).Around(380, 0.5).Limit(120, 3000).To("5020"),
    ];

    private static Payee[] Shop =>
    [
        Card(K.Hardware, "SQ *SNAP-ON TOOLS", "SNAP-ON INC").Times(1).Around(180, 1.0).Tiers((2500, "6310"), (Any, "1500")),
        Card(K.Hardware, "MATCO TOOLS").Times(0.6).Around(150, 0.9).Tiers((2500, "6310"), (Any, "1500")),
        Card(K.Hardware, "MATCO TOOLS").On((6, 11)).Around(6800, 0.1).Tiers((2500, "6310"), (Any, "1500")),
        Check().On((4, 3)).Fixed(9250).To("1500"),
        Card(K.Hardware, "HARBOR FREIGHT TOOLS {#4}").Times(1.2).Around(65, 0.8).Tiers((500, "6310"), (Any, "1500")).Refunds(0.08),
        Card(K.Hardware, "THE HOME DEPOT #{#4}", "LOWE'S #{#4}").Times(0.8).Around(55, 0.8).To("6300").Refunds(0.06),
        Card(K.Wholesale, "FASTENAL COMPANY {#2}").Times(0.6).Around(110, 0.6).To("6300"),
        Card(K.OnlineRetail, "AMZN Mktp US*{a9}", "Amazon.com*{a9}").At("Amzn.com/bill WA").Times(1.5).Around(60, 1.0).Tiers((250, "6300"), (Any, "6310")).Refunds(0.1),
        Ach("UNIFIRST CORP", "UNIFIRST").Every(2, IsoDayOfWeek.Monday).Around(178, 0.1).To("6320"),
        Ach("SAFETY-KLEEN SYSTEMS", "PAYMENT").Monthly(18).Around(265, 0.2).To("6330"),
        Card(K.Other, "LIBERTY TIRE RECYCLING").At("412-5621700 PA").Monthly(25).Around(140, 0.3).To("6330"),
        Card(K.Professional, "SQ *CAROLINA LIFT SERVICE").On((2, 21), (8, 9)).Around(480, 0.4).To("6400"),
        Card(K.Software, "MITCHELL 1").At("888-724-6742 CA").Monthly(5).Fixed(239).To("6200"),
        Card(K.Software, "ALLDATA LLC").At("916-6843000 CA").Monthly(11).Fixed(169).To("6200"),
        Card(K.Software, "TEKMETRIC").At("HOUSTON TX").From(4).Monthly(14).Fixed(379).To("6200"),
        Card(K.Software, "CARFAX INC").At("703-9343347 VA").Monthly(20).Fixed(99).To("6600"),
        Card(K.Education, "NATL INST FOR AUTO SERV").At("703-6693600 VA").On((5, 14), (5, 14), (11, 6)).Fixed(49).To("6550"),
    ];

    private static Payee[] Overhead =>
    [
        Ach("PAYLOCITY CORPOR", "NET PAY").Every(2, IsoDayOfWeek.Friday).Around(12400, 0.05).To("6000"),
        Ach("PAYLOCITY CORPOR", "TAX COL").Every(2, IsoDayOfWeek.Friday).Around(3900, 0.05).To("6010"),
        Ach("PAYLOCITY CORPOR", "FEES").Monthly(7).Around(158, 0.05).To("6020"),
        Ach("SOUTH BLVD PROPERTIES", "RENT").Monthly(1).Fixed(6200).To("6100"),
        Ach("DUKE ENERGY", "BILL PAY").Monthly(11).Around(640, 0.12).Shape(1.2, 1.1, 0.95, 0.9, 1.0, 1.2, 1.3, 1.3, 1.1, 0.9, 0.95, 1.15).To("6110"),
        Ach("CHARLOTTE WATER", "WEB PMT").Monthly(19).Around(118, 0.15).To("6110"),
        Ach("PIEDMONT NATURAL GAS", "PNG").Monthly(22).Around(160, 0.2).Shape(Heating).To("6110"),
        Card(K.Telecom, "SPECTRUM").At("855-707-7328 MO").Monthly(8).Fixed(164.98m).To("6120"),
        Card(K.Telecom, "ATT*BILL PAYMENT").At("800-331-0500 TX").Monthly(15).Around(188, 0.03).To("6120"),
        Ach("ERIE INSURANCE", "INS PREM").Monthly(9).Fixed(845.40m).To("6450"),
        Card(K.Advertising, "GOOGLE *ADS{d10}").At("cc@google.com CA").Times(2).Around(240, 0.3).To("6600"),
        Card(K.Advertising, "YELP INC").At("877-767-9357 CA").From(3).Until(9).Monthly(10).Fixed(350).To("6600"),
        Card(K.FastFood, "BOJANGLES {#5}", "CHICK-FIL-A #{#5}", "COOK OUT {#4}", "JERSEY MIKES {#5}").Times(2.5).Around(45, 0.6).To("6800"),
        Ach("WF EQUIPMENT FIN", "EQUIP LEASE").Monthly(14).Fixed(1093.27m).To("2700"),
        Ach("NC DEPT OF REVENUE", "NCDOR").Monthly(20).Around(2900, 0.2).To("2300"),
        Ach("NC DEPT OF REVENUE", "CORP TAX").On((4, 15), (6, 17), (9, 16), (12, 16)).Around(1400, 0.2).RoundTo(10).To("6950"),
        Ach("IRS", "USATAXPYMT").On((4, 15), (6, 17), (9, 16), (12, 16)).Around(6200, 0.2).RoundTo(100).To("6950"),
        Card(K.Government, "NCDMV LICENSE & THEFT").At("919-8617800 NC").On((1, 30)).Fixed(125).To("6900"),
        Card(K.Government, "MECKLENBURG CTY TAX").At("704-3364600 NC").On((1, 5)).Around(1900, 0.1).To("6900"),
        Bank(BankLine.ServiceFee).Times(0.3).Fixed(25).To("6700"),
        Bank(BankLine.AnnualFee).On((8, 3)).Fixed(95).To("6700"),
        Bank(BankLine.ToOwner).Monthly(5).Around(5000, 0.2).RoundTo(500).To("3100"),
        Bank(BankLine.ToSavings).Monthly(28).Around(2500, 0.4).RoundTo(500).To("1010"),
    ];
}
