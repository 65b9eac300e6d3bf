using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Llm;

namespace Ledger.Domain.Decisions;

/// <summary>
/// What the gates name a reason from beyond <see cref="GateInputs"/>: whether there was a proposal at all, and whether the LLM
/// the cascade asked for was unavailable. Both are read back from the recorded <see cref="CategoryProposed"/> (its account
/// and its trace), so replaying a decision needs nothing that was not recorded.
/// </summary>
public sealed record ProposalFacts(bool HasProposal, bool LlmUnavailable)
{
    /// <summary>How decisions were made before these reasons existed (issue #17): no proposal counted as je_imbalance.</summary>
    public static readonly ProposalFacts Legacy = new(true, false);

    const string NotUsedLine = "llm: not used (";

    /// <summary>At decision time: the final draft, and the LLM's outcome when it was asked.</summary>
    public static ProposalFacts From(ProposalDraft draft, LlmOutcome? outcome) =>
        new(draft.AccountCode is not null, outcome is LlmOutcome.NotUsed n && LlmNotUsedReasons.IsProviderFailure(n.Reason));

    /// <summary>At audit time, from the recorded proposal: <see cref="Categorizer.WithLlm"/> writes the NotUsed reason into the trace.</summary>
    public static ProposalFacts Of(CategoryProposed proposal) =>
        new(proposal.AccountCode is not null, proposal.Trace.Any(ProviderFailed));

    static bool ProviderFailed(string line)
    {
        var end = line.LastIndexOf("); keeping", StringComparison.Ordinal);
        return line.StartsWith(NotUsedLine, StringComparison.Ordinal) && end > NotUsedLine.Length
            && LlmNotUsedReasons.IsProviderFailure(line[NotUsedLine.Length..end]);
    }
}
