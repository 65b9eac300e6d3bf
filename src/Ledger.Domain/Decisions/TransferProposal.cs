using System.Globalization;
using Ledger.Domain.Categorization;
using Ledger.Domain.Statements;

namespace Ledger.Domain.Decisions;

/// <summary>What a recognised transfer pair decides instead of the cascade: the other own account, booked on one leg only.</summary>
public static class TransferProposal
{
    /// <summary>A matched pair of own accounts (same amount, opposite sign, days apart) is near-certain, not certain.</summary>
    public const double Confidence = 0.99;

    /// <param name="cascadeGeneration">Recorded so the vendor key is recomputed as it was made (transfers recorded none before 3).</param>
    public static ProposalDraft Draft(TransferPairDetected pair, string vendorKey, string calibrationVersion, int cascadeGeneration) =>
        new(ProposalSources.Transfer, pair.CounterpartBankAccountCode, vendorKey, Confidence, Confidence, [], null, calibrationVersion, null,
            [string.Create(CultureInfo.InvariantCulture,
                $"transfer: pairs with {pair.CounterpartTransactionId} in {pair.CounterpartBankAccountCode} ({pair.Amount:0.00}, {pair.CounterpartPostedOn:uuuu-MM-dd})")],
            false) { CascadeGeneration = cascadeGeneration };

    /// <summary>
    /// A leg whose pairing was reopened is proposed on its own, but never to the other leg's account: a reviewer said the two
    /// lines are not one transfer, and booking this one to that account alone would credit (or debit) it twice. Such a
    /// proposal is dropped, with a line in the trace, and the LLM may be asked instead.
    /// </summary>
    public static ProposalDraft KeepingOut(ProposalDraft draft, string? reopenedFromAccount) =>
        reopenedFromAccount is null || draft.AccountCode != reopenedFromAccount
            ? draft
            : draft with
            {
                Source = ProposalSources.None, AccountCode = null, RawP = 0, CalibratedP = 0, RuleId = null,
                Alternatives = draft.Alternatives.Where(a => a.AccountCode != reopenedFromAccount).ToList(),
                Trace = [.. draft.Trace, Dropped(reopenedFromAccount)], WantsLlm = true,
            };

    /// <summary>An LLM answer naming the reopened pair's account is dropped the same way: the draft before it stands.</summary>
    public static ProposalDraft KeepingOut(ProposalDraft withLlm, ProposalDraft before, string? reopenedFromAccount) =>
        reopenedFromAccount is not null && withLlm.AccountCode == reopenedFromAccount
            ? before with { Trace = [.. withLlm.Trace, Dropped(reopenedFromAccount)] }
            : withLlm;

    static string Dropped(string account) => $"not {account}: its transfer pairing was reopened by a reviewer";
}
