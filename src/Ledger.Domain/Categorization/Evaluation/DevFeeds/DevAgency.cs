using V = Ledger.Domain.Categorization.Evaluation.DevFeeds.DevVendor;

namespace Ledger.Domain.Categorization.Evaluation.DevFeeds;

/// <summary>A design agency: client payments by Stripe and wire, contractors, ad spend billed to clients, software, travel.</summary>
internal static class DevAgency
{
    const string Income = "Consulting Income", AdSpend = "Client Ad Spend", Contractors = "Contract Labor", Software = "Software & Subscriptions",
        Computers = "Computer Equipment", Travel = "Travel", Meals = "Meals", Rent = "Office Rent", Office = "Office Supplies",
        Fees = "Bank & Wire Fees", Insurance = "Insurance", Salaries = "Payroll:Salaries", EmployerTaxes = "Payroll:Employer Taxes",
        Professional = "Professional Fees", Education = "Education & Training", Dues = "Dues & Memberships", Telephone = "Telephone",
        Internet = "Internet", Card = "Amex Business Gold", Checking = "Business Checking", Interest = "Interest Income";

    static readonly string[] Clients = ["HALCYON FOODS", "MERIDIAN HEALTH", "BRIGHTPATH EDU", "OSPREY OUTDOOR"];

    public static readonly DevTenant Tenant = new("northwind-creative", "CHK-5519", "AMEX-1004",
    [
        new V(["STRIPE TRANSFER ST-{ref}", "STRIPE PAYOUT {ref}"], Income, 800m, 9000m, 4, Card: false, MoneyIn: true),
        new V([.. Clients.Select(c => "WIRE TYPE:WIRE IN DATE:{n6} ORIG:" + c)], Income, 3000m, 18000m, 2, Card: false, MoneyIn: true),
        new V(["INCOMING WIRE FEE", "WIRE TYPE:WIRE IN FEE"], Fees, 15m, 15m, 2, Card: false),
        new V(["INTL WIRE FEE {n6}", "WIRE TYPE:INTL OUT FEE"], Fees, 45m, 45m, 0.6, Card: false, FirstMonth: 5),
        new V(["MONTHLY SERVICE FEE"], Fees, 30m, 30m, 1, Card: false, Day: 30),
        new V(["UPWORK -{n9}REF", "UPWORK ESCROW INC {n8}"], Contractors, 200m, 3200m, 3, Category: "Business Services"),
        new V(["FIVERR {ref}"], Contractors, 40m, 600m, 1, FirstMonth: 3, Category: "Business Services"),
        new V(["PAYPAL *JSMITHDESIGN", "PAYPAL *ELENAMOTION"], Contractors, 300m, 2500m, 1.5, Category: "Business Services"),
        new V(["GUSTO CND {n6}", "GUSTO DES:CND {n6}"], Contractors, 1500m, 6000m, 1, Card: false, Day: 20),
        new V(["GOOGLE *ADS{n10}", "GOOGLE*ADS{n10} CC@GOOGLE.COM"], AdSpend, 200m, 4000m, 3, Category: "Advertising"),
        new V(["FACEBK *{ref}", "FACEBK *{ref} MENLO PARK CA"], AdSpend, 100m, 3000m, 3, Category: "Advertising"),
        new V(["LINKEDIN {ref}", "LINKEDIN ADS {n8}"], AdSpend, 300m, 2000m, 1, FirstMonth: 6, Category: "Advertising"),
        new V(["ADOBE *CREATIVE CLOUD {n10}", "ADOBE *ADOBE {n10}"], Software, 329.94m, 329.94m, 1, Day: 8, Category: "Merchandise & Supplies"),
        new V(["FIGMA {ref}", "FIGMA INC {ref}"], Software, 180m, 180m, 1, Day: 12, Category: "Merchandise & Supplies"),
        new V(["SLACK T{ref}"], Software, 87.5m, 87.5m, 1, Day: 3, Category: "Merchandise & Supplies"),
        new V(["GOOGLE *GSUITE_NORTHWIN"], Software, 96m, 96m, 1, Day: 1, Category: "Merchandise & Supplies"),
        new V(["NOTION LABS INC {ref}"], Software, 40m, 40m, 1, Day: 17, Category: "Merchandise & Supplies"),
        new V(["HUBSPOT INC {n8}"], Software, 450m, 450m, 1, Day: 9, FirstMonth: 5, Category: "Merchandise & Supplies"),
        new V(["FRAME.IO {ref}", "FRAMEIO SUBSCRIPTION"], Software, 75m, 75m, 1, Day: 15, Category: "Merchandise & Supplies"),
        new V(["SHUTTERSTOCK {n8}", "SHUTTERSTOCK* {ref}"], Software, 29m, 249m, 1.2, Category: "Merchandise & Supplies"),
        new V(["MONOTYPE IMAGING {n6}"], Software, 120m, 600m, 0.3, Category: "Merchandise & Supplies"),
        new V(["APPLE.COM/US {n10}", "APPLE STORE R{n3} {city}"], Computers, 19m, 3500m, 0.8, ByAmount: m => m < 300m ? Office : Computers, RefundRate: 0.04, Category: "Merchandise & Supplies"),
        new V(["B&H PHOTO {n6}", "B & H PHOTO-VIDEO {n6}"], Computers, 60m, 2200m, 0.4, ByAmount: m => m < 250m ? Office : Computers, Category: "Merchandise & Supplies"),
        new V(["UNITED {n13}", "UNITED AIRLINES {n10} HOUSTON TX"], Travel, 180m, 950m, 1, RefundRate: 0.08, Category: "Travel"),
        new V(["ALASKA AIR {n10}", "ALASKA AIRLINES SEATTLE WA"], Travel, 120m, 600m, 1.2, RefundRate: 0.08, Category: "Travel"),
        new V(["AIRBNB * HM{ref}"], Travel, 200m, 1300m, 0.5, FirstMonth: 5, RefundRate: 0.05, Category: "Travel"),
        new V(["MARRIOTT {city} {n5}", "COURTYARD BY MARRIOTT {n4}"], Travel, 150m, 700m, 0.8, Category: "Travel"),
        new V(["UBER *TRIP {ref}", "UBER   *TRIP HELP.UBER.COM"], Travel, 9m, 75m, 4, RefundRate: 0.02, Category: "Travel"),
        new V(["LYFT *RIDE {n4}"], Travel, 9m, 60m, 2, Category: "Travel"),
        new V(["SWEETGREEN {city}", "SWEETGREEN {n4}"], Meals, 12m, 40m, 2, Category: "Restaurant"),
        new V(["STARBUCKS STORE {n5} {city}", "STARBUCKS {n8}"], Meals, 4m, 30m, 4, Category: "Restaurant"),
        new V(["DD *DOORDASH {ref}", "DOORDASH*{ref}"], Meals, 25m, 180m, 2, RefundRate: 0.04, Category: "Restaurant"),
        new V(["WEWORK {ref}", "WEWORK MEMBERSHIPS {n6}"], Rent, 2400m, 2400m, 1, Day: 1, Category: "Business Services"),
        new V(["AT&T *PAYMENT {n6}", "ATT*BILL PAYMENT {n6}"], Telephone, 140m, 190m, 1, Day: 18, Category: "Communications"),
        new V(["CENTURYLINK {n6}", "LUMEN CENTURYLINK {n6}"], Internet, 85m, 85m, 1, Day: 14, Category: "Communications"),
        new V(["SMITH & KAPLAN CPAS {n4}"], Professional, 600m, 2500m, 0.3, Card: false),
        new V(["LEGALZOOM*{ref}"], Professional, 79m, 399m, 0.25, Category: "Business Services"),
        new V(["SKILLSHARE {ref}", "UDEMY {ref}"], Education, 15m, 200m, 0.6, Category: "Education"),
        new V(["AIGA MEMBERSHIP {n6}"], Dues, 250m, 250m, 1, FirstMonth: 2, LastMonth: 2, Day: 15, Category: "Business Services"),
        new V(["HISCOX INC {n6}"], Insurance, 95m, 95m, 1, Day: 11, Category: "Insurance"),
        new V(["PAYCHEX-RCX PAYROLL {n6}", "PAYCHEX INC. PAYROLL {n6}"], Salaries, 9000m, 16000m, 2, Card: false),
        new V(["PAYCHEX EIB INVOICE {n6}", "PAYCHEX TPS TAXES {n6}"], EmployerTaxes, 1800m, 3600m, 1, Card: false, Day: 17),
        new V(["AMERICAN EXPRESS ACH PMT {n6}", "AMEX EPAYMENT ACH PMT {n6}"], Card, 4000m, 14000m, 1, Card: false, Day: 23),
        new V(["ONLINE PAYMENT - THANK YOU"], Checking, 4000m, 14000m, 1, MoneyIn: true, Day: 24, Category: "Fees & Adjustments"),
        new V(["INTEREST PAYMENT"], Interest, 1m, 12m, 1, Card: false, MoneyIn: true, Day: 28),
        new V(["STAPLES {n5} {city}", "OFFICE DEPOT #{n4}"], Office, 9m, 160m, 0.8, Category: "Merchandise & Supplies"),
    ],
    [
        new DevOneOffs(DevWords.PosPrefixes, DevWords.RestaurantFirst, DevWords.RestaurantSecond, Meals, 15m, 240m, 3, "Restaurant"),
        new DevOneOffs(["", "PAYPAL *"], ["PIXEL", "STUDIO", "MOTION", "TYPE"], ["FOUNDRY", "ASSETS", "LAB", "MARKET"], Software, 15m, 300m, 0.7, "Merchandise & Supplies"),
    ]);
}
