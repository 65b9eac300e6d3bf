using Ledger.Domain.Accounts;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>How the checking account's bank prints its lines.</summary>
public enum CheckingStyle { Chase, BankOfAmerica, WellsFargo, CreditUnion }

/// <summary>Who issued a business card, which decides its export's text and category column.</summary>
public enum CardIssuer { Amex, Chase, CapitalOne, CreditUnionVisa }

/// <summary>A card account of the tenant: its chart code, issuer, last four digits and the day its statement closes.</summary>
public sealed record CardAccount(string Code, CardIssuer Issuer, string Last4, int CloseDay);

/// <summary>
/// One small business for a year: its chart, its checking bank and cards, where it trades, its busy months and
/// every counterparty. The generator turns it into statement lines.
/// </summary>
public sealed record TenantProfile
{
    public required string Name { get; init; }
    /// <summary>The name as ACH files carry it (upper case, 22 characters at most).</summary>
    public required string AchName { get; init; }
    public required string Owner { get; init; }
    public required IReadOnlyList<ChartAccount> Chart { get; init; }
    public required CheckingStyle Checking { get; init; }
    public string CheckingCode { get; init; } = "1000";
    public required string DebitLast4 { get; init; }
    public required string SavingsLast4 { get; init; }
    public required string OwnerLast4 { get; init; }
    public required IReadOnlyList<CardAccount> Cards { get; init; }
    /// <summary>Home town first; card lines mostly name it.</summary>
    public required IReadOnlyList<(string City, string State)> Towns { get; init; }
    /// <summary>People who pay or are paid by Zelle and the like.</summary>
    public IReadOnlyList<string> People { get; init; } = [];
    /// <summary>Twelve factors on the counts of seasonal payees.</summary>
    public double[] Season { get; init; } = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
    public bool OpenWeekends { get; init; }
    public int FirstCheck { get; init; } = 1001;
    public required IReadOnlyList<Payee> Payees { get; init; }
}
