using System.Globalization;
using Ledger.Domain.Categorization;
using Ledger.Domain.Statements;

namespace Ledger.Domain.Decisions;

/// <summary>What a recognised transfer pair decides instead of the cascade: the other own account, booked on one leg only.</summary>
public static class TransferProposal
{
    /// <summary>A matched pair of own accounts (same amount, opposite sign, days apart) is near-certain, not certain.</summary>
    public const double Confidence = 0.99;

    public static ProposalDraft Draft(TransferPairDetected pair, string vendorKey, string calibrationVersion) =>
        new(ProposalSources.Transfer, pair.CounterpartBankAccountCode, vendorKey, Confidence, Confidence, [], null, calibrationVersion, null,
            [string.Create(CultureInfo.InvariantCulture,
                $"transfer: pairs with {pair.CounterpartTransactionId} in {pair.CounterpartBankAccountCode} ({pair.Amount:0.00}, {pair.CounterpartPostedOn:uuuu-MM-dd})")],
            false);

    /// <summary>
    /// The outflow leg books the bank-to-bank entry, unless the other leg already has one; the inflow leg never books it.
    /// </summary>
    public static bool PostsHere(decimal amount, bool counterpartHasEntry) => amount < 0 && !counterpartHasEntry;
}
