using Ledger.Domain.Receipts;

namespace Ledger.Projections.Receipts;

/// <summary>A tenant's receipt policy as its own stream tells it; a tenant that never changed it has the default.</summary>
public sealed class ReceiptPolicy
{
    /// <summary>Tax authorities commonly want a receipt from 75 (the IRS's line for travel and gifts): the starting point.</summary>
    public const decimal DefaultMissingReceiptAbove = 75m;

    public string Id { get; set; } = ReceiptIds.PolicyStream;
    public decimal MissingReceiptAbove { get; set; } = DefaultMissingReceiptAbove;
    public string? ChangedBy { get; set; }
    public int Version { get; set; }

    public static ReceiptPolicy Create(ReceiptPolicyChanged e) => new() { MissingReceiptAbove = e.MissingReceiptAbove, ChangedBy = e.ChangedBy };

    public void Apply(ReceiptPolicyChanged e) { MissingReceiptAbove = e.MissingReceiptAbove; ChangedBy = e.ChangedBy; }
}
