namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>How a payment reaches the statement, which decides how the bank prints it.</summary>
public enum Channel { Card, Debit, Ach, Check, Deposit, Bank }

/// <summary>Lines a bank writes itself rather than a merchant: fees, interest, transfers, wires.</summary>
public enum BankLine { ServiceFee, WireFee, Interest, ToSavings, FromSavings, ToOwner, FromOwner, ZelleIn, ZelleOut, WireOut, AnnualFee, AtmCash }

/// <summary>
/// One counterparty of a tenant: how it appears (<see cref="Channel"/> and names, which may hold
/// <see cref="DescriptorTokens"/>), when and how much it charges or pays, and the account its lines belong to.
/// Built with <see cref="Payees"/> and the modifiers in <see cref="PayeeOptions"/>.
/// </summary>
public sealed record Payee
{
    public required Channel Channel { get; init; }
    public required string[] Names { get; init; }
    /// <summary>The ACH entry description (10 characters on the wire).</summary>
    public string Entry { get; init; } = "";
    public BankLine Line { get; init; }
    public MerchantKind Kind { get; init; }
    /// <summary>A fixed location (phone, web address, city and state) instead of one of the tenant's towns.</summary>
    public string? Where { get; init; }
    public Schedule Schedule { get; init; } = new Schedule.PerMonth(1);
    public Amounts Amount { get; init; } = Amounts.Around(100, 0.4);
    public bool Inflow { get; init; }
    public AccountRule Account { get; init; } = AccountRule.Always("");
    public double RefundRate { get; init; }
    public int FromMonth { get; init; } = 1;
    public int ToMonth { get; init; } = 12;
    /// <summary>Counts follow the tenant's busy and quiet months.</summary>
    public bool Seasonal { get; init; }
    /// <summary>The card it is charged to when the tenant holds more than one; null = the first.</summary>
    public string? CardCode { get; init; }
}
