using Ledger.Domain.Accounts;
using static Ledger.Domain.Accounts.AccountType;

namespace Ledger.Domain.Tenants;

/// <summary>Starter charts of accounts, numbered the way US small-business charts usually are (1xxx assets … 6xxx expenses).</summary>
public static class ChartPresets
{
    public static readonly IReadOnlyList<ChartAccount> StandardSmallBusiness =
    [
        new("1000", "Business Checking", Asset),
        new("1010", "Business Savings", Asset),
        new("1200", "Accounts Receivable", Asset),
        new("2000", "Accounts Payable", Liability),
        new("2100", "Business Credit Card", Liability),
        new("3000", "Owner's Equity", Equity),
        new("4000", "Sales Revenue", Income),
        new("5000", "Cost of Goods Sold", Expense),
        new("6000", "Advertising & Marketing", Expense),
        new("6100", "Bank Fees", Expense),
        new("6200", "Meals & Entertainment", Expense),
        new("6300", "Office Supplies", Expense),
        new("6400", "Rent", Expense),
        new("6500", "Utilities", Expense),
    ];

    public static readonly IReadOnlyList<ChartAccount> StandardProfessionalServices =
    [
        new("1000", "Operating Checking", Asset),
        new("1100", "Accounts Receivable", Asset),
        new("1500", "Computer Equipment", Asset),
        new("2000", "Accounts Payable", Liability),
        new("2100", "Business Credit Card", Liability),
        new("3000", "Partner Capital", Equity),
        new("4000", "Consulting Revenue", Income),
        new("4100", "Reimbursed Expenses Income", Income),
        new("6000", "Payroll Expenses", Expense),
        new("6100", "Professional Development", Expense),
        new("6200", "Software Subscriptions", Expense),
        new("6300", "Travel", Expense),
        new("6400", "Meals", Expense),
        new("6500", "Office Rent", Expense),
    ];

    public static readonly IReadOnlyList<ChartAccount> GaapAccountingFirm =
    [
        new("1000", "Operating Cash", Asset),
        new("1010", "Payroll Cash", Asset),
        new("1100", "Accounts Receivable", Asset),
        new("1200", "Prepaid Expenses", Asset),
        new("1500", "Furniture & Equipment", Asset),
        new("1510", "Accumulated Depreciation", Asset, "Furniture & Equipment"),
        new("2000", "Accounts Payable", Liability),
        new("2100", "Corporate Card", Liability),
        new("2200", "Accrued Liabilities", Liability),
        new("2300", "Payroll Liabilities", Liability),
        new("3000", "Partners' Capital", Equity),
        new("3100", "Retained Earnings", Equity),
        new("4000", "Professional Fees", Income),
        new("4010", "Audit & Assurance Fees", Income, "Professional Fees"),
        new("4020", "Tax Preparation Fees", Income, "Professional Fees"),
        new("5000", "Salaries & Wages", Expense),
        new("6000", "Occupancy", Expense),
        new("6100", "Software & Technology", Expense),
        new("6200", "Continuing Professional Education", Expense),
    ];
}
