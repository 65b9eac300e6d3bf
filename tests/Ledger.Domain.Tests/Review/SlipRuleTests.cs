using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Rules;
using Ledger.Domain.Decisions;
using Ledger.Domain.Review;
using static Ledger.Domain.Tests.Lifecycle.LegKit;

namespace Ledger.Domain.Tests.Review;

/// <summary>The slip rule on hand-made vendor histories, and what the decider records for a suspected answer.</summary>
public class SlipRuleTests
{
    static List<VendorLabel> Labels(string account, int n, decimal amount = -30m) => Enumerable.Repeat(new VendorLabel(account, amount), n).ToList();

    static SlipEvidence? Check(string answered, IReadOnlyList<VendorLabel> history, string? proposed = null, double? p = null, decimal amount = -31.15m) =>
        SlipRule.Check(answered, amount, history, proposed, p, code => code == "6300" ? "Office" : "Other");

    [Fact]
    public void Twelve_consistent_labels_in_the_band_catch_an_answer_to_another_account()
    {
        var e = Check("6000", Labels("6300", 12));
        Assert.NotNull(e);
        Assert.Equal(("6300", 12, 12), (e.SuggestedAccount, e.Agreeing, e.Comparable));
        Assert.Equal("did you mean 6300 Office (12 of 12 earlier)?", e.Question);
        // One earlier slip among them does not hide the habit (11 of 12 is above the 90% share).
        Assert.Equal((11, 12), Check("6000", [.. Labels("6300", 11), new VendorLabel("4000", -30m)]) is { } f ? (f.Agreeing, f.Comparable) : default);
    }

    [Fact]
    public void Thin_mixed_other_band_or_repeated_answers_are_not_suspected()
    {
        Assert.Null(Check("6000", Labels("6300", 4)));                                   // 4 < 5 labels
        Assert.Null(Check("6000", [.. Labels("6300", 6), .. Labels("4000", 3)]));         // 6 of 9: a mixed vendor
        Assert.Null(Check("6000", Labels("6300", 12, amount: -900m)));                   // $900 orders say nothing of $31 ones
        Assert.Null(Check("6000", Labels("6300", 12, amount: 30m)));                     // refunds say nothing of purchases
        Assert.Null(Check("6000", [.. Labels("6300", 12), .. Labels("6000", 2)]));        // the answer is a habit already
        Assert.Null(Check("6300", Labels("6300", 12)));                                  // agrees
    }

    [Fact]
    public void A_confident_proposal_of_another_account_is_evidence_on_its_own()
    {
        var e = Check("6000", [], proposed: "6300", p: 0.98);
        Assert.Equal(("6300", 0.98), (e!.SuggestedAccount, e.ProposalP));
        Assert.Equal("did you mean 6300 Office (proposed at p 0.98)?", e.Question);
        Assert.Null(Check("6000", [], proposed: "6300", p: 0.96));
    }

    [Fact]
    public void A_knowledge_proposal_is_evidence_from_p_0_90_a_model_guess_only_from_0_97()
    {
        // A first label that contradicts what the knowledge base knows of the merchant ("GEICO AUTO" is auto insurance).
        var knowledge = SlipRule.Check("6000", -132m, [], "6300", 0.92, _ => "Insurance", proposalSource: ProposalSources.Knowledge);
        Assert.Equal(("6300", 0.92), (knowledge!.SuggestedAccount, knowledge.ProposalP));
        Assert.Null(SlipRule.Check("6000", -132m, [], "6300", 0.92, _ => "Insurance", proposalSource: ProposalSources.Model));
        Assert.Null(SlipRule.Check("6000", -132m, [], "6300", 0.89, _ => "Insurance", proposalSource: ProposalSources.Knowledge));
    }

    [Fact]
    public void The_decider_holds_an_answer_that_contradicts_a_knowledge_proposal_at_p_0_92()
    {
        var fromKnowledge = Queued with { ProposalSource = ProposalSources.Knowledge, CalibratedP = 0.92 };
        var answer = ReviewDecider.Decide(fromKnowledge, null, new ReviewCommand.Recategorize("6000"), Facts()).Events;
        Assert.IsType<SlipSuspected>(answer[^1]);
        var fromModel = Queued with { ProposalSource = ProposalSources.Model, CalibratedP = 0.92 };
        Assert.IsType<TransactionLabelled>(ReviewDecider.Decide(fromModel, null, new ReviewCommand.Recategorize("6000"), Facts()).Events[^1]);
    }

    static Ledger.Domain.Lifecycle.TransactionLifecycle Queued => Fold(Imported("t1", "1000", -31.15m, "STAPLES"), Proposed("t1", "6300"), Gated("t1"), Queued("t1", "6300"));
    static ReviewFacts WithHistory => Facts() with { VendorHistory = Labels("6300", 12) };

    [Fact]
    public void A_suspected_answer_is_booked_but_its_label_is_held_until_confirmed()
    {
        var answer = ReviewDecider.Decide(Queued, null, new ReviewCommand.Recategorize("6000"), WithHistory).Events;
        Assert.Equal([typeof(TransactionRecategorized), typeof(JournalEntryPosted), typeof(SlipSuspected)], answer.Select(e => e.GetType()));
        var posted = Queued.Then(answer);
        Assert.Equal(("6000", "6000"), (posted.FinalAccountCode, posted.SuspectedSlip!.HeldLabel.AccountCode));

        var confirmed = ReviewDecider.Decide(posted, null, new ReviewCommand.Confirm(), Facts("sam")).Events;
        Assert.Equal([typeof(ReviewConfirmed), typeof(TransactionLabelled)], confirmed.Select(e => e.GetType()));
        Assert.Equal(("6000", "rita"), (confirmed.OfType<TransactionLabelled>().Single().AccountCode, confirmed.OfType<TransactionLabelled>().Single().LabelledBy));
        Assert.Null(posted.Then(confirmed).SuspectedSlip);
        Assert.Contains("no suspected answer", Assert.Throws<ReviewRefusedException>(() => ReviewDecider.Decide(posted.Then(confirmed), null, new ReviewCommand.Confirm(), Facts())).Message);
    }

    [Fact]
    public void A_suspected_answer_is_corrected_in_one_recategorize_that_reverses_and_labels_the_right_account()
    {
        var answer = ReviewDecider.Decide(Queued, null, new ReviewCommand.Recategorize("6000"), WithHistory).Events;
        var posted = Queued.Then(answer);
        var corrected = ReviewDecider.Decide(posted, null, new ReviewCommand.Recategorize("6300"), WithHistory).Events;
        Assert.Equal([typeof(JournalEntryReversed), typeof(TransactionRecategorized), typeof(JournalEntryPosted), typeof(TransactionLabelled)],
            corrected.Select(e => e.GetType()));
        var after = posted.Then(corrected);
        Assert.Equal("6300", after.FinalAccountCode);
        Assert.Null(after.SuspectedSlip);
        var books = Balances(answer.Concat(corrected));
        Assert.Equal((0m, 31.15m), (books.GetValueOrDefault("6000"), books["6300"]));
        // Without history, the same answer is an ordinary one.
        Assert.IsType<TransactionLabelled>(ReviewDecider.Decide(Queued, null, new ReviewCommand.Recategorize("6000"), Facts()).Events[^1]);
    }
}
