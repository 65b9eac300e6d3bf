using static Ledger.Domain.Categorization.Evaluation.HardFeedChart;
using V = Ledger.Domain.Categorization.Evaluation.HardFeedVendor;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// The ~65 counterparties of the generated business. Deliberately hard: noisy processor prefixes,
/// vendors that share a name across accounts (GOOGLE *ADS vs GOOGLE *GSUITE, Amazon retail vs AWS,
/// GUSTO PAYROLL/TAX/FEE), accounts that depend on the amount, and vendors that first appear mid-year.
/// </summary>
internal static class HardFeedVendors
{
    private static string AmazonRule(decimal m) => m < 150m ? OfficeSupplies : Equipment;
    private static string HomeDepotRule(decimal m) => m < 200m ? OfficeSupplies : CostOfGoodsSold;
    private static string CostcoRule(decimal m) => m < 120m ? Meals : CostOfGoodsSold;

    public static readonly V[] All =
    [
        // Meals: many small card charges.
        new(["SQ *BLUE BOTTLE COFFEE {city}", "SQ *BLUE BOTTLE COFFE"], Meals, 4m, 14m, 22, RefundRate: 0.01),
        new(["STARBUCKS STORE {n5} {city}", "STARBUCKS {n8}"], Meals, 4m, 16m, 18),
        new(["TST* CHIPOTLE {n4} {city}", "CHIPOTLE {n4}"], Meals, 10m, 45m, 9),
        new(["DOORDASH*{word}", "DD *DOORDASH {word}"], Meals, 18m, 90m, 8, RefundRate: 0.04),
        new(["UBER *EATS {ref}", "UBER   EATS {ref} HELP.UBER.COM"], Meals, 15m, 70m, 6, RefundRate: 0.03),
        new(["SQ *PHILZ COFFEE {city}"], Meals, 5m, 15m, 9),
        new(["THE CHEESECAKE FACTORY #{n4}"], Meals, 60m, 260m, 2),
        new(["GRUBHUB*{word}"], Meals, 20m, 80m, 6, FirstMonth: 7, RefundRate: 0.03),
        // Travel and the car.
        new(["UBER *TRIP {ref}", "UBER   *TRIP HELP.UBER.COM {ref}"], Travel, 9m, 75m, 10, RefundRate: 0.02),
        new(["LYFT *RIDE {n4}", "LYFT   *RIDE THU {n4}"], Travel, 9m, 60m, 5),
        new(["UNITED {n13}", "UNITED AIRLINES {n10} HOUSTON TX"], Travel, 180m, 950m, 1.2, RefundRate: 0.08),
        new(["DELTA AIR {n13}"], Travel, 150m, 900m, 0.8, RefundRate: 0.08),
        new(["MARRIOTT {city} {n5}", "MARRIOTT HOTELS {n6}"], Travel, 150m, 700m, 1),
        new(["AIRBNB * HM{ref}"], Travel, 200m, 1300m, 0.8, FirstMonth: 5, RefundRate: 0.05),
        new(["HERTZ RENT-A-CAR {n6}"], Travel, 90m, 500m, 0.5),
        new(["POS PURCHASE {mmdd} SHELL OIL {n5}", "SHELL OIL {n11}"], AutoAndFuel, 30m, 95m, 7),
        new(["CHEVRON {n7} {city}"], AutoAndFuel, 30m, 95m, 5),
        new(["FASTRAK CSC {n6}"], AutoAndFuel, 10m, 50m, 2),
        new(["CITY OF SF PARKING {n4}", "SFMTA PARKING METER {n5}"], AutoAndFuel, 3m, 30m, 6),
        // Office supplies, equipment and stock: the amount decides the account.
        new(["STAPLES {n5} {city}", "STAPLES       {n8}"], OfficeSupplies, 10m, 220m, 3, RefundRate: 0.04),
        new(["OFFICE DEPOT #{n4}"], OfficeSupplies, 10m, 150m, 2),
        new(["AMZN Mktp US*{ref}", "AMZN MKTP US {ref}"], OfficeSupplies, 8m, 1600m, 12, AccountFor: AmazonRule, RefundRate: 0.06),
        new(["Amazon.com*{ref}", "AMAZON.COM*{ref} AMZN.COM/BILL WA"], OfficeSupplies, 8m, 1600m, 6, AccountFor: AmazonRule, RefundRate: 0.06),
        new(["THE HOME DEPOT #{n4}", "HOME DEPOT {n4} {city}"], OfficeSupplies, 15m, 900m, 3, AccountFor: HomeDepotRule, RefundRate: 0.05),
        new(["COSTCO WHSE #{n4}", "COSTCO WHSE {n4} {city}"], Meals, 40m, 600m, 2, AccountFor: CostcoRule),
        new(["ULINE *S{n7}", "ULINE SHIP SUPPLIES {n6}"], CostOfGoodsSold, 80m, 1200m, 2, RefundRate: 0.03),
        new(["USPS PO {n10} {city}", "USPS.COM CLICKNSHIP {n6}"], CostOfGoodsSold, 5m, 120m, 8),
        new(["UPS*{n10}", "UPS STORE {n4}"], CostOfGoodsSold, 10m, 220m, 5, FirstMonth: 7),
        new(["ETSY, INC. {ref}"], CostOfGoodsSold, 15m, 300m, 1.5, FirstMonth: 9),
        // Software and subscriptions (some fixed-price, monthly).
        new(["GOOGLE *GSUITE_{ref}", "GOOGLE *Google Workspace"], Software, 72m, 72m, 1, DayOfMonth: 1),
        new(["SLACK T{ref}", "SLACK TECHNOLOGIES {ref}"], Software, 87.50m, 87.50m, 1, DayOfMonth: 3),
        new(["ADOBE *CREATIVE CLOUD {n10}"], Software, 54.99m, 54.99m, 1, DayOfMonth: 8),
        new(["ZOOM.US 888-799-9666"], Software, 14.99m, 14.99m, 1, DayOfMonth: 11),
        new(["GITHUB, INC. {ref}"], Software, 44m, 44m, 1, DayOfMonth: 14),
        new(["DROPBOX*{ref}"], Software, 19.99m, 19.99m, 1, DayOfMonth: 17),
        new(["NOTION LABS INC {ref}"], Software, 16m, 16m, 1, FirstMonth: 6, DayOfMonth: 20),
        new(["INTUIT *QBOOKS ONLINE {n6}"], Software, 90m, 90m, 1, DayOfMonth: 22),
        new(["AWS AMAZON WEB SERVICES", "Amazon web services AWS.Amazon.com WA"], Software, 40m, 420m, 1, DayOfMonth: 2),
        new(["OPENAI *CHATGPT SUBSCR", "OPENAI {ref}"], Software, 20m, 20m, 1, FirstMonth: 4, DayOfMonth: 9),
        new(["FIGMA {ref}"], Software, 45m, 45m, 1, FirstMonth: 8, DayOfMonth: 12),
        new(["ACH DEBIT GUSTO FEE {yymmdd}"], Software, 40m, 120m, 1, Bank: V.Checking, DayOfMonth: 28),
        // Advertising.
        new(["FACEBK *{ref}", "FACEBK *{ref} MENLO PARK CA"], Advertising, 50m, 800m, 4),
        new(["GOOGLE *ADS{n10}", "GOOGLE*ADS{n10} CC@GOOGLE.COM"], Advertising, 100m, 1500m, 2),
        new(["LINKEDIN {ref}", "LINKEDIN ADS {n8}"], Advertising, 100m, 600m, 1, FirstMonth: 6),
        new(["VISTAPRINT.COM {n6}"], Advertising, 30m, 300m, 0.5),
    ];
}
