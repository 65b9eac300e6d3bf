using NodaTime;
using static Ledger.Domain.Categorization.Evaluation.HeldOut.Payees;
using K = Ledger.Domain.Categorization.Evaluation.HeldOut.MerchantKind;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

public static partial class FoodTruck
{
    private const decimal Any = decimal.MaxValue;
    private static readonly double[] Summer = [0.8, 0.8, 0.95, 1.0, 1.1, 1.25, 1.35, 1.3, 1.1, 1.0, 0.85, 0.9];

    private static Payee[] Sales =>
    [
        Ach("SQUARE INC", "{yymmdd}P2").In().Seasonal().Times(15).Around(780, 0.5).To("4000"),
        Ach("DOORDASH, INC.", "PAYOUT").In().Every(1, IsoDayOfWeek.Tuesday).Around(410, 0.5).Shape(Summer).To("4000"),
        Ach("UBER USA 6787", "EDI PYMNTS").In().From(6).Every(1, IsoDayOfWeek.Monday).Around(220, 0.5).To("4000"),
        Deposit().Seasonal().Times(4).Around(620, 0.5).To("4000"),
        Bank(BankLine.ZelleIn, "SAN DIEGO BREWING CO", "MARISOL VEGA", "PACIFIC SOUTHWEST CU", "KEVIN ODONNELL").In().Times(1.2).Around(850, 0.5).To("4100"),
        Ach("EZCATER INC", "PAYOUT").In().From(3).Times(1).Around(640, 0.4).To("4100"),
        Bank(BankLine.Interest).In().Monthly(31).Around(0.85m, 0.5).To("4900"),
        Bank(BankLine.FromSavings).In().On((1, 22), (2, 20)).Around(3000, 0.2).RoundTo(500).To("1010"),
        Bank(BankLine.FromOwner).In().On((3, 1)).Fixed(5000).To("3000"),
    ];

    private static Payee[] Kitchen =>
    [
        Debit(K.Wholesale, "RESTAURANT DEPOT {#4}").Seasonal().Times(5).Around(420, 0.5).To("5000"),
        Card(K.Wholesale, "COSTCO WHSE #{#4}").Seasonal().Times(3).Around(260, 0.6).To("5000").Refunds(0.03),
        Card(K.Wholesale, "COSTCO WHSE #{#4}").On((6, 8)).Around(1899, 0.05).Tiers((1200, "5000"), (Any, "1500")),
        Card(K.Grocery, "SMART & FINAL #{#3}", "SMART&FINAL {#3}").Seasonal().Times(2.5).Around(160, 0.6).To("5000"),
        Card(K.Grocery, "NORTHGATE MARKET #{#2}", "VALLARTA SUPERMARKETS #{#3}").Seasonal().Times(3).Around(85, 0.6).To("5000"),
        Ach("SYSCO SAN DIEGO", "PAYMENT").Every(1, IsoDayOfWeek.Monday).Around(780, 0.3).Shape(Summer).To("5000"),
        Check().Every(1, IsoDayOfWeek.Wednesday).Around(145, 0.2).To("5000"),
        Ach("REYES COCA-COLA", "INVOICE").Every(2, IsoDayOfWeek.Tuesday).Around(310, 0.3).Shape(Summer).To("5010"),
        Card(K.OnlineRetail, "WEBSTAURANTSTORE").At("717-392-7472 PA").Times(1.2).Around(180, 0.8).Tiers((400, "5020"), (2500, "6300"), (Any, "1500")).Refunds(0.05),
        Card(K.OnlineRetail, "AMZN Mktp US*{a9}", "AMAZON.COM*{a9}").At("AMZN.COM/BILL WA").Times(1.5).Around(42, 0.9).Tiers((150, "5020"), (Any, "6300")).Refunds(0.08),
        Card(K.Fuel, "SUBURBAN PROPANE {#4}").Seasonal().Times(2.5).Around(72, 0.3).To("5100"),
        Card(K.Hardware, "THE HOME DEPOT #{#4}").Times(0.8).Around(55, 0.8).Tiers((250, "6300"), (Any, "6310")).Refunds(0.08),
        Bank(BankLine.AtmCash, "3254 ROSECRANS ST", "1010 UNIVERSITY AVE").Times(2).Around(300, 0.3).RoundTo(20).To("1020"),
    ];

    private static Payee[] Truck =>
    [
        Card(K.Fuel, "ARCO #{#5}", "CHEVRON {#7}", "SHELL OIL {d11}", "76 - {#7}").Seasonal().Times(6).Around(118, 0.3).To("6400"),
        Card(K.AutoService, "FIRESTONE #{#4}").Times(0.3).Around(420, 0.6).To("6310"),
        Card(K.AutoParts, "O'REILLY {#4}").Times(0.5).Around(48, 0.7).To("6310").Refunds(0.1),
        Card(K.Professional, "SQ *KINGS GENERATOR SERV").On((5, 6), (10, 14)).Around(380, 0.3).To("6310"),
        Ach("ALLY", "ALLY PAYMT").Monthly(9).Fixed(1140.62m).To("2700"),
        Card(K.Insurance, "PROGRESSIVE *INSURANCE").At("800-776-4737 OH").Monthly(11).Fixed(318.50m).To("6450"),
        Card(K.Insurance, "FLIPINSURANCE.COM").At("877-3547210 PA").On((4, 2)).Fixed(299).To("6450"),
        Card(K.Government, "CA DMV FEE").At("SACRAMENTO CA").On((9, 2)).Around(640, 0.05).To("6900"),
    ];

    private static Payee[] Business =>
    [
        Ach("SQUARE INC", "PAYROLL").Every(2, IsoDayOfWeek.Friday).Around(3100, 0.1).Shape(Summer).To("6000"),
        Ach("SQUARE INC", "PAYRLLTAX").Every(2, IsoDayOfWeek.Friday).Around(720, 0.1).Shape(Summer).To("6010"),
        Ach("SQUARE INC", "SQ FEES").Monthly(2).Around(68, 0.1).To("6020"),
        Ach("SQUARE INC", "SUBSCRIPT").Monthly(1).Fixed(69).To("6200"),
        Ach("SD COMMISSARY", "RENT").Monthly(1).Fixed(950, (7, 1000)).To("6100"),
        Card(K.Association, "SQ *LITTLE ITALY ASSOC", "SQ *NORTH PARK FESTIVAL", "EVENTBRITE*{a6}", "SQ *SD FOOD TRUCK ASSN").Seasonal().Times(1.5).Around(150, 0.6).To("6150"),
        Card(K.Software, "INTUIT *QBooks Online").At("CL.INTUIT.COM CA").Monthly(12).Fixed(35).To("6200"),
        Card(K.Telecom, "TMOBILE*AUTO PAY").At("800-937-8997 WA").Monthly(21).Around(140, 0.03).To("6200"),
        Card(K.Software, "CANVA* {d8}").At("SURRY HILLS AU").Monthly(9).Fixed(14.99m).To("6600"),
        Card(K.Advertising, "FACEBK *{a10}").At("fb.me/ads CA").Times(1).Around(45, 0.5).To("6600"),
        Card(K.Advertising, "STICKER MULE").At("AMSTERDAM NY").On((2, 15), (8, 2)).Around(180, 0.3).To("6600"),
        Card(K.Other, "SQ *PB WASH N FOLD").Times(2).Around(24, 0.3).To("6950"),
        Card(K.Government, "SAN DIEGO COUNTY DEH").At("858-505-6700 CA").On((3, 11)).Fixed(1064).To("6900"),
        Card(K.Government, "CITY OF SAN DIEGO BUS TAX").At("619-615-1500 CA").On((7, 1)).Fixed(127).To("6900"),
        Card(K.Government, "CITY OF CHULA VISTA").At("619-691-5031 CA").From(5).On((5, 20)).Fixed(305).To("6900"),
        Ach("CA DEPT TAX FEE", "CDTFA EPMT").On((1, 31), (4, 30), (7, 31), (10, 31)).Around(5200, 0.2).To("2300"),
        Bank(BankLine.ServiceFee).Times(0.25).Fixed(10).To("6700"),
        Bank(BankLine.ToOwner).Monthly(10).Around(2500, 0.3).RoundTo(100).To("3100"),
        Bank(BankLine.ToOwner).Monthly(25).Around(2500, 0.3).RoundTo(100).To("3100"),
        Bank(BankLine.ToSavings).On((6, 28), (7, 31), (8, 30)).Around(3000, 0.2).RoundTo(500).To("1010"),
    ];
}
