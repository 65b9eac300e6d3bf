using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Lifecycle;

namespace Ledger.Domain.Decisions;

/// <summary>
/// The decision pipeline's rules as pure functions: <see cref="Propose"/> gives the draft the LLM may be asked about,
/// <see cref="Decide"/> turns the draft and the LLM's outcome into the recorded events (proposal, gates, then post, queue or
/// cover). The handler around them only loads the facts, asks the LLM and appends.
/// <para>A transfer leg is booked once: the first leg whose gates pass books the bank-to-bank entry and tells the other leg
/// it is covered; a leg whose other leg already books the transfer is covered; a pairing the other leg contradicts (it was
/// booked to another account, or excluded, before the pair was found) is reopened on both legs and this leg is proposed on
/// its own.</para>
/// </summary>
public static class TransactionDecider
{
    /// <summary>The transfer proposal while the pair stands, otherwise the cascade's.</summary>
    public static ProposalDraft Propose(DecisionFacts f) =>
        StandingPair(f) is { } pair
            ? TransferProposal.Draft(pair.Leg.Transfer!, Categorizer.VendorKeyOf(f.Input, f.Cascade.Options.Generation), f.Cascade.Calibrations.Version,
                f.Cascade.Options.Generation)
            : TransferProposal.KeepingOut(Categorizer.Propose(f.Input, f.Cascade), f.State.ReopenedFromAccount);

    public static TransactionDecision Decide(DecisionFacts f, ProposalDraft draft, LlmOutcome? llm, double proposeMilliseconds)
    {
        if (!f.State.NeedsDecision) throw new InvalidOperationException($"Transaction {f.State.TransactionId} is decided already.");
        var t = f.State;
        if (llm is not null) draft = TransferProposal.KeepingOut(Categorizer.WithLlm(draft, llm, f.Cascade.Calibrations), draft, t.ReopenedFromAccount);
        // A receipt already matched to the line is evidence the reviewer sees in the proposal's trace (not a cascade step).
        if (f.ReceiptLine is { } receipt) draft = draft with { Trace = [.. draft.Trace, receipt] };
        var (budget, llmEvents) = RecordLlm(f, llm);

        var proposal = draft.ToEvent(t.TransactionId, llm, proposeMilliseconds, f.Now, f.CategorizerVersion, f.Cascade.VendorStats?.LabelsByAccount);
        var lines = ProposedLines(f, draft.AccountCode);
        var agreeing = draft.AccountCode is null ? 0 : f.Cascade.VendorStats?.LabelsByAccount.GetValueOrDefault(draft.AccountCode) ?? 0;
        var inputs = GateInputs.For(draft, agreeing, lines, budget.FallbackActive, f.Policy);
        var decision = Gates.Evaluate(inputs, ProposalFacts.From(draft, llm));
        var gated = new object[] { proposal, new GateEvaluated(t.TransactionId, inputs, decision, f.Now) };

        var pair = TransferPair.Of(t, f.Counterpart);
        List<object> mine = [], theirs = [];
        string outcome;
        if (pair is not null && StandingPair(f) is null)
        {
            var reason = pair.Other.Excluded ? ReopenReasons.CounterpartExcluded : ReopenReasons.CounterpartBookedElsewhere;
            var (leg, other) = pair.Reopen(reason, Posters.Autopost, f.Now);
            mine.Add(leg);
            theirs.Add(other);
            pair = null;
        }
        mine.AddRange(gated);
        if (pair?.EntryOnOther is { } covering)
        {
            // The other leg already books the movement between the two own accounts: this leg is covered by it.
            if (!(t.Covered && t.CoveringEntryId == covering)) mine.Add(new TransferLegCovered(t.TransactionId, pair.Other.TransactionId, covering, f.Now));
            outcome = DecisionKinds.Covered;
        }
        else if (decision.AutoPost && !Close.AutopostHold.Holds(f.Closed, t.PostedOn))
        {
            var posted = new JournalEntryPosted(f.NewEntryId, t.TransactionId, t.PostedOn, lines, t.Payee, Posters.Autopost, "autopost", f.Now);
            mine.AddRange(f.Closed.Place([posted]));
            if (pair is not null) theirs.AddRange(pair.CoverOther(posted.EntryId, f.Now));
            outcome = DecisionKinds.Autopost;
        }
        else
        {
            // Gates that would post into a closed month stand as recorded; a person decides where the entry goes.
            IReadOnlyList<string> reasons = decision.AutoPost ? [Close.AutopostHold.Reason] : decision.Reasons;
            mine.Add(new ReviewRequested(t.TransactionId, reasons, t.BankAccountCode, t.PostedOn, t.Amount, t.Payee, draft.VendorKey,
                draft.AccountCode, draft.CalibratedP, draft.Source, f.Now));
            outcome = DecisionKinds.Review;
        }
        return new TransactionDecision(mine, theirs.Count > 0 ? pair?.Other.TransactionId ?? f.Counterpart!.TransactionId : null, theirs, llmEvents, budget, outcome);
    }

    /// <summary>The pair, while the other leg does not contradict it (booked to another account, or excluded).</summary>
    static TransferPair? StandingPair(DecisionFacts f) =>
        TransferPair.Of(f.State, f.Counterpart) is { OtherBookedElsewhere: false, Other.Excluded: false } pair ? pair : null;

    static (Categorization.Llm.LlmBudgetState, List<object>) RecordLlm(DecisionFacts f, LlmOutcome? llm)
    {
        var events = new List<object>();
        if (llm?.ToRecorded(f.TenantId, f.State.TransactionId, f.Now) is not { } call) return (f.Budget, events);
        events.Add(call);
        var (next, exceeded) = f.Budget.Record(call);
        if (exceeded is not null) events.Add(exceeded);
        return (next, events);
    }

    /// <summary>No proposal, or a proposal the journal cannot take, gives no lines: the je_balanced gate then refuses it.</summary>
    static IReadOnlyList<JournalLine> ProposedLines(DecisionFacts f, string? account)
    {
        var bank = f.Chart.FirstOrDefault(a => a.Code == f.State.BankAccountCode);
        var category = account is null ? null : f.Chart.FirstOrDefault(a => a.Code == account);
        if (bank is null || category is null || category.Code == bank.Code) return [];
        try { return JournalLines.ForBankTransaction(bank, category, f.State.Amount, f.State.Payee); }
        catch (DomainException) { return []; }
    }
}
