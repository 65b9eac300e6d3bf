namespace Ledger.Domain.Lifecycle;

/// <summary>Where a transaction stands; stored in read models and answered by the API, so a value is never renamed.</summary>
public static class TransactionStatus
{
    /// <summary>Not decided yet: just imported, or its transfer pairing was reopened and it waits for a fresh decision.</summary>
    public const string Imported = "imported";
    public const string Proposed = "proposed";
    public const string InReview = "in_review";
    public const string Posted = "posted";
    /// <summary>Its entry was reversed and nothing has happened since.</summary>
    public const string Reversed = "reversed";
    /// <summary>A transfer leg whose single entry lives on the other leg.</summary>
    public const string CoveredByTransfer = "covered_by_transfer";
    public const string Excluded = "excluded";
}
