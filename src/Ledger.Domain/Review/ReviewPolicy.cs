namespace Ledger.Domain.Review;

public enum ReviewAct { Approve, Recategorize, Split, Exclude, Reverse }

/// <summary>
/// Which act a reviewer may take in which state. An entry on the books is changed only by reversing it first, so
/// the ledger never holds two live entries for one bank line and every correction is a visible pair of entries.
/// </summary>
public static class ReviewPolicy
{
    /// <returns>null when allowed; otherwise why not, in words a reviewer can act on.</returns>
    public static string? Refusal(ReviewState state, ReviewAct act)
    {
        if (state.Excluded)
            return $"Transaction {state.TransactionId} was excluded; it has no entry to change.";
        return act switch
        {
            ReviewAct.Reverse when state.Entry is null => $"Transaction {state.TransactionId} has no posted entry to reverse.",
            ReviewAct.Reverse => null,
            _ when state.Entry is not null =>
                $"Transaction {state.TransactionId} already has entry {state.Entry.EntryId}; reverse it first.",
            ReviewAct.Approve when state.ProposedAccountCode is null =>
                $"Transaction {state.TransactionId} has no proposed account to approve; recategorize it instead.",
            _ => null,
        };
    }

    public static void Require(ReviewState state, ReviewAct act)
    {
        if (Refusal(state, act) is { } why) throw new ReviewRefusedException(why);
    }
}

/// <summary>The act is not allowed in the transaction's current state (a 400 that carries the state).</summary>
public sealed class ReviewRefusedException(string message) : DomainException(message);
