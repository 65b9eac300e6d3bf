using Ledger.Domain.Categorization.Model;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// One bank-feed row with the account a bookkeeper recorded for it (<paramref name="TrueAccountCode"/>: what the reviewer
/// answered, slips included; the replay learns from it). Negative amount = money out.
/// </summary>
public sealed record FeedRow(LocalDate Date, string RawDescription, decimal Amount, string BankAccount, string TrueAccountCode)
{
    /// <summary>The adjudicated account, when the feed has one; scored apart from the recorded one.</summary>
    public string? AdjudicatedAccount { get; init; }

    /// <summary>The tenant (client) the row belongs to; a feed of several tenants is replayed one tenant at a time.</summary>
    public string? Tenant { get; init; }

    /// <summary>The bank's own category or MCC text, when the export carries one.</summary>
    public string? BankCategory { get; init; }

    /// <summary>The line of the source file the row started on (0 for generated rows).</summary>
    public int Line { get; init; }

    /// <summary>What a proposal is scored against: the adjudicated account, else the recorded one.</summary>
    public string Truth => AdjudicatedAccount ?? TrueAccountCode;

    public TransactionFeatures Features => new(RawDescription, null, Amount, BankAccount) { BankCategory = BankCategory };

    public LabelledTransaction Labelled => new(RawDescription, null, Amount, BankAccount, TrueAccountCode) { BankCategory = BankCategory };
}
