using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Rules;

namespace Ledger.Domain.Review;

/// <summary>
/// How strong the evidence against an answer must be before it is suspected of being a slip. The defaults were measured on
/// the generated feeds' injected slips (README, "Reviewer slips"): <paramref name="MinLabels"/> comparable labels of which
/// at least <paramref name="MinShare"/> name one other account, or a proposal of another account at p ≥ <paramref name="MinP"/>
/// (≥ <paramref name="MinKnowledgeP"/> when the merchant knowledge base made it: docs/decisions.md 39).
/// </summary>
public sealed record SlipPolicy(int MinLabels = 5, double MinShare = 0.9, double MinP = 0.97, double MinKnowledgeP = 0.90)
{
    public static readonly SlipPolicy Default = new();

    /// <summary>
    /// How confident a proposal must be to suspect an answer on its own. A knowledge entry is a curated fact about the
    /// merchant, not a guess from the tenant's books, and the reviewer's answer is the vendor's first label: a slip there
    /// becomes the vendor's whole history.
    /// </summary>
    public double MinProposalP(string? source) => source == ProposalSources.Knowledge ? MinKnowledgeP : MinP;
}

/// <summary>Why an answer looks like a slip: the account the evidence points to, and how much evidence.</summary>
/// <param name="Agreeing">Comparable earlier labels naming <paramref name="SuggestedAccount"/>.</param>
/// <param name="Comparable">Earlier labels of the vendor in the same direction and amount band.</param>
/// <param name="ProposalP">The calibrated p of the proposal, when it was the proposal that named the suggested account.</param>
public sealed record SlipEvidence(string SuggestedAccount, string SuggestedAccountName, int Agreeing, int Comparable, double? ProposalP)
{
    /// <summary>What the reviewer is asked: "did you mean 6200 Meals (12 of 12 earlier)?".</summary>
    public string Question => $"did you mean {SuggestedAccount} {SuggestedAccountName} ({Basis})?";

    public string Basis => Comparable > 0 && Agreeing > 0
        ? $"{Agreeing} of {Comparable} earlier" + (ProposalP is { } p ? FormattableString.Invariant($", proposed at p {p:0.00}") : "")
        : FormattableString.Invariant($"proposed at p {ProposalP:0.00}");
}

/// <summary>
/// The slip rule, pure: an answer is suspected when it contradicts the vendor's own history in the same direction and amount
/// band (the history step's band, <see cref="HistorySteps.InBand"/>), or a confident proposal of another account. An answer
/// the vendor's history already holds twice is a habit, not a slip.
/// </summary>
public static class SlipRule
{
    public static SlipEvidence? Check(string answered, decimal amount, IReadOnlyList<VendorLabel>? history, string? proposed, double? calibratedP,
        Func<string, string> accountName, SlipPolicy? policy = null, string? proposalSource = null)
    {
        policy ??= SlipPolicy.Default;
        var band = history is null ? [] : HistorySteps.InBand(history, amount);
        var answeredBefore = band.Count(l => l.AccountCode == answered);
        if (answeredBefore >= 2) return null;
        var confident = proposed is not null && proposed != answered && calibratedP >= policy.MinProposalP(proposalSource) ? calibratedP : null;
        var top = band.GroupBy(l => l.AccountCode).Select(g => (Account: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).FirstOrDefault();
        if (top.Account is { } account && account != answered && top.Count >= policy.MinLabels && top.Count >= policy.MinShare * band.Count)
            return new SlipEvidence(account, accountName(account), top.Count, band.Count, account == proposed ? confident : null);
        if (confident is { } p)
            return new SlipEvidence(proposed!, accountName(proposed!), band.Count(l => l.AccountCode == proposed), band.Count, p);
        return null;
    }
}
