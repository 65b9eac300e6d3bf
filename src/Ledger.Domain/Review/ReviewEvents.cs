using NodaTime;

namespace Ledger.Domain.Review;

// A reviewer's answers, each on the transaction's own stream with who and when. The journal effect of an act is a
// separate JournalEntryPosted / JournalEntryReversed beside it, so the ledger projections need not know about reviews.

/// <summary>The reviewer agreed with the engine's proposal.</summary>
public sealed record ReviewApproved(string TransactionId, string AccountCode, string By, Instant At);

/// <summary>The reviewer chose another account than the one proposed (or than the one a reversed entry used).</summary>
public sealed record TransactionRecategorized(string TransactionId, string? FromAccount, string ToAccount, string By, Instant At);

/// <summary>One transaction spread over several accounts; parts are magnitudes that add up to |amount| to the cent.</summary>
public sealed record TransactionSplit(string TransactionId, IReadOnlyList<SplitPart> Parts, string By, Instant At);

public sealed record SplitPart(string AccountCode, decimal Amount);

/// <summary>Not bookable for this client (personal spend, a duplicate line): no entry, off the queue.</summary>
public sealed record TransactionExcluded(string TransactionId, string Reason, string? Note, string By, Instant At);

public static class ExclusionReasons
{
    public const string Personal = "personal";
    public const string Duplicate = "duplicate";
    public const string NotBookable = "not_bookable";

    public static readonly IReadOnlyList<string> All = [Personal, Duplicate, NotBookable];
}

/// <summary>Reason codes a reviewer's act puts on a transaction that goes back to the queue.</summary>
public static class ReviewReasons
{
    public const string ReversedByReviewer = "reversed_by_reviewer";
}
