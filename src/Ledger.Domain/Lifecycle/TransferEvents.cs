using NodaTime;

namespace Ledger.Domain.Lifecycle;

/// <summary>
/// The two legs are no longer one transfer: a reviewer (or the pipeline) booked one of them as something else. Appended to
/// both legs in one transaction, so both agree. <paramref name="ActedOnTransactionId"/> is the leg that was acted on; the
/// other leg loses the transfer proposal and waits for a fresh decision of its own (the decision relay sends it).
/// </summary>
public sealed record TransferPairReopened(
    string TransactionId, string CounterpartTransactionId, string ActedOnTransactionId, string Reason, string By, Instant At);

/// <summary>Why a pair was reopened; stored in events, never renamed.</summary>
public static class ReopenReasons
{
    public const string Recategorized = "recategorized";
    public const string Split = "split";
    public const string Excluded = "excluded";
    public const string ApprovedElsewhere = "approved_to_another_account";
    /// <summary>The other leg already holds an entry that does not book the transfer (recorded before the pair was found).</summary>
    public const string CounterpartBookedElsewhere = "counterpart_booked_elsewhere";
    public const string CounterpartExcluded = "counterpart_excluded";
}
