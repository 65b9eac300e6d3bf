using V = Ledger.Domain.Categorization.Evaluation.DevFeeds.DevVendor;

namespace Ledger.Domain.Categorization.Evaluation.DevFeeds;

/// <summary>A plumbing contractor: materials by the job, tools by size, two trucks, permits, subcontractors paid by Zelle.</summary>
internal static class DevPlumber
{
    const string Sales = "Income:Service Revenue", Materials = "Job Materials", Subs = "Subcontractors", Tools = "Tools & Small Equipment",
        Fuel = "Vehicle:Fuel", VehicleRepairs = "Vehicle:Repairs", Permits = "Licenses & Permits", Insurance = "Insurance", Phone = "Phone",
        Software = "Software", Meals = "Meals", BankFees = "Bank Fees", Office = "Office Supplies", Advertising = "Advertising",
        Wages = "Payroll:Wages", PayrollTaxes = "Payroll:Taxes", Disposal = "Disposal Fees", Uniforms = "Uniforms",
        Card = "Chase Ink Card", Checking = "Checking", EstimatedTax = "Owner Draw:Estimated Taxes";

    static readonly string[] Names = ["J MARTINEZ", "K NGUYEN", "R OKAFOR", "T LINDQVIST", "M ROSSI", "A PATEL", "S KOWALSKI"];

    public static readonly DevTenant Tenant = new("delgado-plumbing", "CHK-7040", "CARD-3391",
    [
        new V(["MOBILE DEPOSIT REF {n9}", "REMOTE DEPOSIT {n9}"], Sales, 180m, 4200m, 7, Card: false, MoneyIn: true),
        new V(["STRIPE TRANSFER ST-{ref}", "STRIPE PAYOUT {ref}"], Sales, 150m, 3000m, 5, Card: false, MoneyIn: true, FirstMonth: 3),
        new V([.. Names.Select(n => "ZELLE FROM " + n + " ON {mmdd} REF # {n6}")], Sales, 150m, 1500m, 3, Card: false, MoneyIn: true),
        new V(["THE HOME DEPOT #{n4} {city}", "THE HOME DEPOT {n4}", "HOMEDEPOT.COM {n10}"], Materials, 12m, 2400m, 7, ByAmount: m => m < 400m ? Materials : Tools, RefundRate: 0.06, Category: "Home"),
        new V(["FERGUSON ENT #{n4}", "FERGUSON ENTERPRISES {n6}"], Materials, 60m, 2200m, 4, Category: "Home"),
        new V(["CONSOLIDATED SUPPLY CO {n6}", "CONSOLIDATED SUPPLY {city}"], Materials, 40m, 1600m, 4, Card: false),
        new V(["WINNELSON CO {n4}", "WINNELSON {city}"], Materials, 50m, 1200m, 2.5, FirstMonth: 4, Category: "Home"),
        new V(["LOWES #{n5}*", "LOWE'S #{n4} {city}"], Materials, 10m, 600m, 2, RefundRate: 0.04, Category: "Home"),
        new V(["HARBOR FREIGHT TOOLS {n4}", "HARBOR FREIGHT TOOLS {city}"], Tools, 15m, 500m, 0.8, Category: "Home"),
        new V(["SHELL OIL {n11}", "SHELL SERVICE {n5} {city}"], Fuel, 40m, 140m, 4, Category: "Gas"),
        new V(["CHEVRON {n7} {city}", "CHEVRON {n7}"], Fuel, 40m, 140m, 3, Category: "Gas"),
        new V(["76 - {n8} {city}", "76 {n8}"], Fuel, 40m, 120m, 2, Category: "Gas"),
        new V(["COSTCO GAS #{n4}", "COSTCO GAS {n4} {city}"], Fuel, 50m, 130m, 2, FirstMonth: 6, Category: "Gas"),
        new V(["LES SCHWAB TIRES #{n4}", "LES SCHWAB {n4} {city}"], VehicleRepairs, 120m, 1400m, 0.3, Category: "Automotive"),
        new V(["JIFFY LUBE #{n4}"], VehicleRepairs, 60m, 140m, 0.4, Category: "Automotive"),
        new V(["ROSE CITY AUTO REPAIR", "SQ *ROSE CITY AUTO"], VehicleRepairs, 150m, 2200m, 0.3, Category: "Automotive"),
        new V(["METRO TRANSFER STATION {n4}", "METRO CENTRAL TRANSFER"], Disposal, 30m, 180m, 1.5, Category: "Home"),
        new V([.. Names.Select(n => "ZELLE TO " + n + " ON {mmdd} REF # {n6}")], Subs, 300m, 2600m, 2.5, Card: false),
        new V(["CITY OF PORTLAND BDS PERMIT {n6}", "PORTLAND BDS ONLINE {n6}"], Permits, 80m, 600m, 1.2),
        new V(["OR CCB LICENSE RENEWAL {n5}"], Permits, 325m, 325m, 1, FirstMonth: 9, LastMonth: 9, Day: 3),
        new V(["NEXT INSURANCE {ref}", "NEXT INSUR {ref}"], Insurance, 240m, 240m, 1, Day: 10, Category: "Professional Services"),
        new V(["PROGRESSIVE *INSURANCE {n8}", "PROGRESSIVE INS {n8}"], Insurance, 420m, 420m, 1, Card: false, Day: 4),
        new V(["VERIZON WIRELESS {n6}", "VZWRLSS*PRPAY AUTOPAY"], Phone, 160m, 230m, 1, Day: 21, Category: "Bills & Utilities"),
        new V(["JOBBER {ref}", "GETJOBBER.COM {n6}"], Software, 129m, 129m, 1, Day: 5, Category: "Professional Services"),
        new V(["INTUIT *QBOOKS ONLINE"], Software, 60m, 60m, 1, Day: 13, Category: "Professional Services"),
        new V(["GOOGLE *GSUITE_DELGADOPL", "GOOGLE *WORKSPACE DELG"], Office, 24m, 24m, 1, Day: 2, ChangeMonth: 7, AccountAfter: Software, Category: "Professional Services"),
        new V(["GOOGLE *ADS{n10}", "GOOGLE*ADS{n10} CC@GOOGLE.COM"], Advertising, 100m, 900m, 2, Category: "Professional Services"),
        new V(["ANGI LEADS {n6}", "HOMEADVISOR*{ref}"], Advertising, 40m, 400m, 2, FirstMonth: 3, Category: "Professional Services"),
        new V(["SERVICE CHARGE", "STOP PAYMENT FEE"], BankFees, 12m, 30m, 1, Card: false),
        new V(["ADP WAGE PAY WAGE PAY {n6}", "ADP PAYROLL FEES ADP - FEES {n6}"], Wages, 3200m, 5200m, 2, Card: false),
        new V(["ADP Tax ADP Tax {n6}"], PayrollTaxes, 900m, 1800m, 1, Card: false, Day: 16),
        new V(["CINTAS CORP {n6}", "CINTAS {n4} {city}"], Uniforms, 65m, 95m, 1, Card: false, Day: 8),
        new V(["IRS USATAXPYMT {n15}"], EstimatedTax, 2500m, 6000m, 0.34, Card: false),
        new V(["AMAZON.COM*{ref} AMZN.COM/BILL WA", "AMZN Mktp US*{ref}"], Office, 10m, 800m, 1.5, ByAmount: m => m < 150m ? Office : Tools, RefundRate: 0.05, Category: "Shopping"),
        new V(["STAPLES {n5} {city}", "STAPLES {n8}"], Office, 8m, 120m, 0.5, Category: "Shopping"),
        new V(["CHASE CREDIT CRD AUTOPAY {n6}", "CHASE CREDIT CRD EPAY {n6}"], Card, 2500m, 9000m, 1, Card: false, Day: 24),
        new V(["AUTOMATIC PAYMENT - THANK YOU"], Checking, 2500m, 9000m, 1, MoneyIn: true, Day: 25, Category: "Fees & Adjustments"),
        new V(["MCDONALD'S F{n5}", "MCDONALDS F{n5} {city}"], Meals, 6m, 30m, 2, Category: "Food & Drink"),
    ],
    [
        new DevOneOffs(DevWords.PosPrefixes, DevWords.RestaurantFirst, DevWords.RestaurantSecond, Meals, 10m, 90m, 3, "Food & Drink"),
        new DevOneOffs(["", "SQ *"], ["NORTHWEST", "RAPID", "CITY", "PIONEER", "COLUMBIA"], ["PIPE SUPPLY", "PLUMBING SUPPLY", "HYDRONICS", "VALVE CO"], Materials, 40m, 900m, 1.2, "Home"),
    ]);
}
