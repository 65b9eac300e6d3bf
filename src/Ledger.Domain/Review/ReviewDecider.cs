using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;

namespace Ledger.Domain.Review;

/// <summary>
/// A reviewer's act as a pure function: the transaction's state (and, for a transfer leg, the other leg's), the command
/// and the facts in, the events out. An entry on the books is changed only by reversing it first, so the ledger never holds
/// two live entries for one bank line; a transfer is one entry whatever is done with either leg:
/// <list type="bullet">
/// <item>approving or recategorizing a leg to the other leg's own account books the transfer once, on this leg, and tells
/// the other leg it is covered; approving a leg that the other leg's entry already covers records nothing and answers
/// with that entry;</item>
/// <item>booking a leg to any other account (approve, recategorize, split) or excluding it reopens the pair on both legs:
/// the other leg is decided afresh on its own;</item>
/// <item>reversing either leg reverses the pair's one entry, once, and puts both legs back in the queue.</item>
/// </list>
/// </summary>
public static class ReviewDecider
{
    public static ReviewOutcome Decide(TransactionLifecycle s, TransactionLifecycle? other, ReviewCommand command, ReviewFacts facts)
    {
        var outcome = DecideOpen(s, other, command, facts);
        // Refused with the period named, or (the tenant's policy) dated into the first open period with the date it was due.
        return outcome with { Events = facts.Closed.Place(outcome.Events), CounterpartEvents = facts.Closed.Place(outcome.CounterpartEvents) };
    }

    static ReviewOutcome DecideOpen(TransactionLifecycle s, TransactionLifecycle? other, ReviewCommand command, ReviewFacts facts)
    {
        if (s.Excluded) throw Refused($"Transaction {s.TransactionId} was excluded; it has no entry to change.");
        var pair = TransferPair.Of(s, other);
        if (command is ReviewCommand.Reverse reverse) return Reverse(s, pair, reverse, facts);
        if (command is ReviewCommand.Confirm) return Confirm(s, facts);
        if (command is ReviewCommand.Recategorize correction && s is { SuspectedSlip: not null, Entry: { } slipped } && pair is null)
            return CorrectSlip(s, slipped, correction, facts);
        if (s.EntryId is { } live) throw Refused($"Transaction {s.TransactionId} already has entry {live}; reverse it first.");
        if (pair?.EntryOnOther is { } covering)
        {
            if (command is not ReviewCommand.Approve)
                throw Refused($"Transaction {s.TransactionId} is booked by transfer entry {covering} on {pair.Other.TransactionId}; reverse it first.");
            // Already booked, once, on the other leg: approving records nothing new (a history that covered before posting learns its entry).
            var learnt = s.Covered && s.CoveringEntryId == covering ? [] : new object[] { new TransferLegCovered(s.TransactionId, pair.Other.TransactionId, covering, facts.Now) };
            return new ReviewOutcome(learnt, null, [], covering);
        }
        return command switch
        {
            ReviewCommand.Approve => Approve(s, pair, facts),
            ReviewCommand.Recategorize r => Recategorize(s, pair, r, facts),
            ReviewCommand.Split split => Split(s, pair, split, facts),
            ReviewCommand.Exclude x => Exclude(s, pair, x, facts),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown review command."),
        };
    }

    static ReviewOutcome Approve(TransactionLifecycle s, TransferPair? pair, ReviewFacts facts)
    {
        if (s.ProposedAccountCode is not { } proposed)
            throw Refused($"Transaction {s.TransactionId} has no proposed account to approve; recategorize it instead.");
        var category = ReviewEntries.Category(s, proposed, facts);
        return ReviewEntries.Book(s, pair, new ReviewApproved(s.TransactionId, category.Code, facts.By, facts.Now),
            ReviewEntries.Lines(s, category, facts), category.Code, "approved", ReopenReasons.ApprovedElsewhere, pair?.IsTransferAccount(category.Code) == true, facts);
    }

    static ReviewOutcome Recategorize(TransactionLifecycle s, TransferPair? pair, ReviewCommand.Recategorize r, ReviewFacts facts)
    {
        var category = ReviewEntries.Category(s, r.AccountCode, facts);
        return ReviewEntries.Book(s, pair, new TransactionRecategorized(s.TransactionId, s.ProposedAccountCode, category.Code, facts.By, facts.Now),
            ReviewEntries.Lines(s, category, facts), category.Code, "recategorized", ReopenReasons.Recategorized, pair?.IsTransferAccount(category.Code) == true, facts);
    }

    static ReviewOutcome Split(TransactionLifecycle s, TransferPair? pair, ReviewCommand.Split split, ReviewFacts facts)
    {
        if (split.Parts is not { Count: > 0 } parts) throw new DomainException("parts [{accountCode, amount}] are required.");
        var accounts = parts.Select(p => (ReviewEntries.Category(s, p.AccountCode, facts), p.Amount)).ToList();
        // ForSplit refuses parts that do not add up, naming the difference: we never plug it into a suspense account.
        var lines = JournalLines.ForSplit(ReviewEntries.Bank(s, facts), accounts, s.Amount, s.Payee);
        // The largest part is the label: it is what the vendor mostly is, and one split must not count as several labels.
        var main = accounts.OrderByDescending(a => a.Amount).First().Item1.Code;
        var recorded = new TransactionSplit(s.TransactionId, accounts.Select(a => new SplitPart(a.Item1.Code, a.Amount)).ToList(), facts.By, facts.Now);
        return ReviewEntries.Book(s, pair, recorded, lines, main, "split", ReopenReasons.Split, transfer: false, facts);
    }

    static ReviewOutcome Exclude(TransactionLifecycle s, TransferPair? pair, ReviewCommand.Exclude x, ReviewFacts facts)
    {
        var reason = x.Reason?.Trim().ToLowerInvariant() ?? "";
        if (!ExclusionReasons.All.Contains(reason))
            throw new DomainException($"reason must be one of {string.Join(", ", ExclusionReasons.All)} (got '{x.Reason}').");
        var excluded = new TransactionExcluded(s.TransactionId, reason, x.Note, facts.By, facts.Now);
        if (pair is null) return ReviewOutcome.Own(excluded);
        // The excluded line leaves the books and the pairing with it; the other leg is a real line of another own account.
        var (mine, theirs) = pair.Reopen(ReopenReasons.Excluded, facts.By, facts.Now);
        return new ReviewOutcome([mine, excluded], pair.Other.TransactionId, [theirs]);
    }

    static ReviewOutcome Reverse(TransactionLifecycle s, TransferPair? pair, ReviewCommand.Reverse r, ReviewFacts facts)
    {
        if (string.IsNullOrWhiteSpace(r.Reason)) throw new DomainException("reason is required: a reversal must say why.");
        var reason = r.Reason.Trim();
        if (s.Entry is { } entry)
        {
            // The other leg, if this entry covered it, goes back to the queue too: the transfer is unbooked, on both legs.
            var other = pair is { Other.Covered: true } p && (p.Other.CoveringEntryId ?? entry.EntryId) == entry.EntryId
                ? new object[] { ReviewEntries.Requeue(p.Other, facts) } : [];
            return new ReviewOutcome([ReviewEntries.Reversal(s, entry, reason, facts), ReviewEntries.Requeue(s, facts)], other.Length > 0 ? pair!.Other.TransactionId : null, other);
        }
        if (pair is { EntryOnOther: not null, Other.Entry: { } theirs })
            return new ReviewOutcome([ReviewEntries.Requeue(s, facts)], pair.Other.TransactionId,
                [ReviewEntries.Reversal(pair.Other, theirs, reason, facts), ReviewEntries.Requeue(pair.Other, facts)]);
        throw Refused($"Transaction {s.TransactionId} has no posted entry to reverse.");
    }

    static ReviewOutcome Confirm(TransactionLifecycle s, ReviewFacts facts)
    {
        if (s.SuspectedSlip is not { } slip) throw Refused($"Transaction {s.TransactionId} has no suspected answer to confirm.");
        return ReviewOutcome.Own(new ReviewConfirmed(s.TransactionId, slip.AnsweredAccount, facts.By, facts.Now), slip.HeldLabel with { At = facts.Now });
    }

    /// <summary>A suspected answer corrected in one call: its entry reversed and the transaction booked as a recategorize books it.</summary>
    static ReviewOutcome CorrectSlip(TransactionLifecycle s, LiveEntry slipped, ReviewCommand.Recategorize r, ReviewFacts facts)
    {
        var reversal = ReviewEntries.Reversal(s, slipped, "slip corrected", facts);
        var corrected = Recategorize(s.Evolve(reversal), null, r, facts);
        return new ReviewOutcome([reversal, .. corrected.Events], null, []);
    }

    static ReviewRefusedException Refused(string why) => new(why);
}
