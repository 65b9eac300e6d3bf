using static Ledger.Domain.Categorization.Evaluation.HardFeedChart;
using V = Ledger.Domain.Categorization.Evaluation.HardFeedVendor;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>Bills, payroll, fees, revenue and own-account transfers: mostly on the checking feed.</summary>
internal static class HardFeedBills
{
    public static readonly V[] All =
    [
        new(["ACH DEBIT PGANDE WEB ONLINE {n6}", "PG&E /EZ-PAY {n6}"], Utilities, 120m, 420m, 1, Bank: V.Checking, DayOfMonth: 12),
        new(["COMCAST CABLE COMM {n4}"], Utilities, 109.99m, 109.99m, 1, DayOfMonth: 15),
        new(["AT&T *BILL PAYMENT {n6}"], Utilities, 85m, 140m, 1, DayOfMonth: 18),
        new(["SF WATER DEPT {n8}"], Utilities, 40m, 120m, 1, Bank: V.Checking, DayOfMonth: 21),
        new(["RECOLOGY SF {n6}"], Utilities, 60m, 90m, 1, Bank: V.Checking, DayOfMonth: 24),
        new(["ACH DEBIT HARBOR PROPERTY MGMT {yymmdd}"], Rent, 4500m, 4500m, 1, Bank: V.Checking, DayOfMonth: 1),
        new(["WEB PMT SHURGARD STORAGE {n6}"], Rent, 189m, 189m, 1, Bank: V.Checking, DayOfMonth: 5),
        new(["ACH DEBIT GUSTO PAYROLL {yymmdd}"], Payroll, 8000m, 14000m, 1, Bank: V.Checking, DayOfMonth: 15),
        new(["ACH DEBIT GUSTO PAYROLL {yymmdd}"], Payroll, 8000m, 14000m, 1, Bank: V.Checking, DayOfMonth: 30),
        new(["ACH DEBIT GUSTO TAX {yymmdd}"], Payroll, 2000m, 4200m, 1, Bank: V.Checking, DayOfMonth: 16),
        new(["MONTHLY SERVICE FEE"], BankFees, 15m, 15m, 1, Bank: V.Checking, DayOfMonth: 28),
        new(["WIRE TRANSFER FEE {n6}", "OUTGOING WIRE FEE"], BankFees, 25m, 45m, 0.5, Bank: V.Checking),
        new(["INTL TRANSACTION FEE", "FOREIGN TRANSACTION FEE {n4}"], BankFees, 0.5m, 12m, 2),
        new(["ACH DEBIT THE HARTFORD INS {n6}"], Insurance, 210m, 210m, 1, Bank: V.Checking, DayOfMonth: 7),
        new(["NEXT INSURANCE {ref}"], Insurance, 89m, 89m, 1, FirstMonth: 7, DayOfMonth: 10),
        new(["LEGALZOOM*{ref}"], ProfessionalFees, 79m, 399m, 0.3),
        new(["ACH DEBIT SMITH & CO CPA {n6}", "SMITH AND CO CPA {n6}"], ProfessionalFees, 500m, 1500m, 0.4, Bank: V.Checking),
        // Money in.
        new(["STRIPE TRANSFER ST-{ref}", "STRIPE PAYOUT {ref}"], SalesRevenue, 400m, 6500m, 14, Bank: V.Checking, MoneyIn: true),
        new(["SQUARE INC DEP {yymmdd} L{ref}", "SQ INC DEPOSIT {ref}"], SalesRevenue, 100m, 2500m, 12, Bank: V.Checking, MoneyIn: true),
        new(["MOBILE DEPOSIT REF {n9}", "REMOTE DEPOSIT {n9}"], SalesRevenue, 200m, 5000m, 3, Bank: V.Checking, MoneyIn: true),
        new(["SHOPIFY* PAYOUT {n7}"], SalesRevenue, 300m, 3000m, 6, Bank: V.Checking, FirstMonth: 6, MoneyIn: true),
        new(["INTEREST PAYMENT", "INTEREST PAID THIS PERIOD"], InterestIncome, 0.5m, 6m, 1, Bank: V.Checking, MoneyIn: true, DayOfMonth: 28),
        // Transfers between own accounts.
        new(["ONLINE TRANSFER TO SAV XXXXXX4410 REF #IB{ref}"], SavingsTransfer, 500m, 5000m, 2, Bank: V.Checking),
        new(["ONLINE TRANSFER FROM SAV XXXXXX4410 REF #IB{ref}"], SavingsTransfer, 500m, 4000m, 0.5, Bank: V.Checking, MoneyIn: true),
    ];
}
