using Ledger.Domain.Accounts;
using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;

namespace Ledger.Domain.Review;

/// <summary>The events a reviewer's act is made of: the entry, its label, a reversal, a return to the queue.</summary>
static class ReviewEntries
{
    /// <summary>
    /// Books <paramref name="lines"/> on this leg with the act and its label. For a transfer leg: booked to the other leg's
    /// account it is the transfer, and the other leg is covered; booked anywhere else, the pair is reopened on both legs.
    /// </summary>
    public static ReviewOutcome Book(TransactionLifecycle s, TransferPair? pair, object act, IReadOnlyList<JournalLine> lines, string labelAccount,
        string postReason, string reopenReason, bool transfer, ReviewFacts facts)
    {
        var posted = Post(s, lines, postReason, facts);
        var label = transfer ? Label(s, labelAccount, facts) : LabelOrSlip(s, Label(s, labelAccount, facts), facts);
        if (pair is null) return ReviewOutcome.Own(act, posted, label);
        if (transfer)
        {
            if (pair.OtherBookedElsewhere)
                throw new ReviewRefusedException($"The other leg {pair.Other.TransactionId} is booked to {pair.Other.FinalAccountCode} by entry {pair.Other.EntryId}: " +
                    "booking this leg as the transfer would book the money twice. Reverse that entry, or book this leg to another account.");
            return new ReviewOutcome([act, posted, label], pair.Other.TransactionId, pair.CoverOther(posted.EntryId, facts.Now));
        }
        var (mine, theirs) = pair.Reopen(reopenReason, facts.By, facts.Now);
        return new ReviewOutcome([mine, act, posted, label], pair.Other.TransactionId, [theirs]);
    }

    /// <summary>A category for the transaction: in the chart and not the bank account the money moved through.</summary>
    public static ChartAccount Category(TransactionLifecycle s, string? code, ReviewFacts facts)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainException("accountCode is required.");
        var account = facts.Account(code.Trim()) ?? throw new DomainException($"Account {code} is not in the chart.");
        if (account.Code == s.BankAccountCode) throw new DomainException($"Account {code} is the transaction's own bank account.");
        return account;
    }

    public static ChartAccount Bank(TransactionLifecycle s, ReviewFacts facts) =>
        facts.Account(s.BankAccountCode) ?? throw new DomainException($"Bank account {s.BankAccountCode} is not in the chart.");

    public static IReadOnlyList<JournalLine> Lines(TransactionLifecycle s, ChartAccount category, ReviewFacts facts) =>
        JournalLines.ForBankTransaction(Bank(s, facts), category, s.Amount, s.Payee);

    static JournalEntryPosted Post(TransactionLifecycle s, IReadOnlyList<JournalLine> lines, string reason, ReviewFacts facts)
    {
        // The lines builders already refuse unbalanced input; this guards any future caller that builds its own.
        if (!JournalLines.IsBalanced(lines)) throw new DomainException($"The entry for {s.TransactionId} does not balance.");
        return new JournalEntryPosted(facts.NewEntryId, s.TransactionId, s.PostedOn, lines, s.Payee, facts.By, reason, facts.Now);
    }

    /// <summary>The reviewer's answer as a label, so vendor stats, rules and the next training learn from it.</summary>
    static TransactionLabelled Label(TransactionLifecycle s, string accountCode, ReviewFacts facts) => new(
        s.TransactionId, s.VendorKey ?? Categorizer.VendorKeyOf(new CategorizationInput(s.TransactionId, s.Payee, s.Memo, s.Amount, s.BankAccountCode)),
        s.Payee, s.Memo, s.Amount, s.BankAccountCode, accountCode, LabelSources.Review, facts.By, s.PostedOn, facts.Now);

    /// <summary>The label, or, when the answer contradicts strong evidence, the suspicion that holds it back (pure: see <see cref="SlipRule"/>).</summary>
    static object LabelOrSlip(TransactionLifecycle s, TransactionLabelled label, ReviewFacts facts) =>
        SlipRule.Check(label.AccountCode, s.Amount, facts.VendorHistory, s.ProposedAccountCode, s.CalibratedP, code => facts.Account(code)?.Name ?? "", facts.Slips, s.ProposalSource)
            is { } evidence ? new SlipSuspected(s.TransactionId, label.AccountCode, evidence, label, facts.By, facts.Now) : label;

    /// <summary>Dated like the original so the period it was booked in nets to zero; a closed period moves it (<see cref="Close.ClosedPeriods.Place"/>).</summary>
    public static JournalEntryReversed Reversal(TransactionLifecycle s, LiveEntry entry, string reason, ReviewFacts facts) =>
        new(entry.EntryId, facts.NewReversalId, s.TransactionId, entry.EntryDate, JournalLines.Reverse(entry.Lines), facts.By, reason, facts.Now);

    /// <summary>Back on the queue with its proposal, so the reviewer can approve, recategorize or split it afresh.</summary>
    public static ReviewRequested Requeue(TransactionLifecycle s, ReviewFacts facts) =>
        new(s.TransactionId, [ReviewReasons.ReversedByReviewer], s.BankAccountCode, s.PostedOn, s.Amount, s.Payee,
            s.VendorKey ?? "", s.ProposedAccountCode, s.CalibratedP ?? 0, s.ProposalSource ?? "", facts.Now);
}
