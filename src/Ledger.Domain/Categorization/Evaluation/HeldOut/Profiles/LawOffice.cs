using static Ledger.Domain.Accounts.AccountType;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

/// <summary>
/// A two-partner litigation and estate practice in Columbus, Ohio: Chase operating checking (earned fees arrive
/// from the IOLTA trust account), an Amex Platinum card, Paychex payroll, costs advanced for clients.
/// </summary>
public static partial class LawOffice
{
    /// <summary>The IOLTA trust account's last four digits: a transfer from it is earned fees, not a transfer.</summary>
    private const string Trust = "6612";

    public static TenantProfile Profile => new()
    {
        Name = "Okafor & Reyes Law",
        AchName = "OKAFOR AND REYES LAW PC",
        Owner = "ADAEZE OKAFOR",
        Checking = CheckingStyle.Chase,
        DebitLast4 = "3390",
        SavingsLast4 = "5081",
        OwnerLast4 = "7731",
        Cards = [new CardAccount("2100", CardIssuer.Amex, "2004", 12)],
        Towns = [("COLUMBUS", "OH"), ("WORTHINGTON", "OH"), ("UPPER ARLINGTON", "OH"), ("DUBLIN", "OH")],
        FirstCheck = 3107,
        Chart = ProfileChart.Of(
            ("1000", "Chase Operating Account", Asset),
            ("1010", "Chase Business Savings", Asset),
            ("1050", "IOLTA Trust Account", Asset),
            ("1500", "Furniture & Equipment", Asset),
            ("2100", "Amex Business Platinum", Liability),
            ("3000", "Partner Contributions", Equity),
            ("3100", "Partner Draws - Okafor", Equity),
            ("3110", "Partner Draws - Reyes", Equity),
            ("4000", "Legal Fees", Income),
            ("4900", "Interest Income", Income),
            ("5000", "Client Costs - Court & Filing Fees", Expense),
            ("5010", "Client Costs - Court Reporters & Transcripts", Expense),
            ("5020", "Client Costs - Process Service & Records", Expense),
            ("6000", "Salaries", Expense),
            ("6010", "Payroll Taxes", Expense),
            ("6020", "Payroll & Benefits Admin Fees", Expense),
            ("6030", "Health Insurance", Expense),
            ("6040", "Retirement Plan Contributions", Expense),
            ("6100", "Office Rent", Expense),
            ("6110", "Parking", Expense),
            ("6120", "Telephone & Internet", Expense),
            ("6200", "Practice Management Software", Expense),
            ("6210", "Legal Research", Expense),
            ("6300", "Office Supplies & Postage", Expense),
            ("6310", "Printing & Copier Lease", Expense),
            ("6400", "Malpractice Insurance", Expense),
            ("6410", "Business Insurance", Expense),
            ("6500", "Accounting", Expense),
            ("6550", "CLE & Bar Dues", Expense),
            ("6600", "Marketing", Expense),
            ("6700", "Bank & Card Processing Fees", Expense),
            ("6800", "Meals & Client Entertainment", Expense),
            ("6850", "Travel", Expense),
            ("6900", "Taxes & Licenses", Expense)),
        Payees = [.. Fees, .. Staff, .. Cases, .. Office, .. Partners],
    };
}
