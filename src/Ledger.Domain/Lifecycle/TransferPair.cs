using Ledger.Domain.Decisions;
using NodaTime;

namespace Ledger.Domain.Lifecycle;

/// <summary>
/// A transfer as both legs tell it: the leg acted on and the other one. A pair stands while each leg names the other; the
/// single bank-to-bank entry lives on one leg, and the other leg is covered by it.
/// </summary>
public sealed record TransferPair(TransactionLifecycle Leg, TransactionLifecycle Other)
{
    /// <summary>The standing pair of <paramref name="leg"/>, or null when it is not (or no longer) paired.</summary>
    public static TransferPair? Of(TransactionLifecycle leg, TransactionLifecycle? other) =>
        leg.Transfer is { } t && other is not null && other.TransactionId == t.CounterpartTransactionId
            && other.Transfer?.CounterpartTransactionId == leg.TransactionId
            ? new TransferPair(leg, other)
            : null;

    /// <summary>The other leg's live entry books this transfer (it moves money to or from this leg's account).</summary>
    public Guid? EntryOnOther => Other.EntryId is { } id && Other.EntryTouches(Leg.BankAccountCode) ? id : null;

    /// <summary>The other leg holds an entry that books its money somewhere else: this leg cannot book the transfer too.</summary>
    public bool OtherBookedElsewhere => Other.EntryId is not null && EntryOnOther is null;

    /// <summary>Booking this leg to the other leg's own account books the transfer; any other account ends the pairing.</summary>
    public bool IsTransferAccount(string accountCode) => accountCode == Other.BankAccountCode;

    /// <summary>The other leg is told it is booked by <paramref name="entryId"/> on this leg (nothing when it already knows).</summary>
    public IReadOnlyList<object> CoverOther(Guid entryId, Instant at) =>
        (Other.Covered && Other.CoveringEntryId == entryId) || Other.Excluded ? [] : [new TransferLegCovered(Other.TransactionId, Leg.TransactionId, entryId, at)];

    /// <summary>The events on this leg and on the other one that end the pairing, this leg being the one acted on.</summary>
    public (TransferPairReopened Leg, TransferPairReopened Other) Reopen(string reason, string by, Instant at) =>
        (new TransferPairReopened(Leg.TransactionId, Other.TransactionId, Leg.TransactionId, reason, by, at),
         new TransferPairReopened(Other.TransactionId, Leg.TransactionId, Leg.TransactionId, reason, by, at));
}
