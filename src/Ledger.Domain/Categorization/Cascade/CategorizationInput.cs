using Ledger.Domain.Categorization.Model;

namespace Ledger.Domain.Categorization;

/// <summary>The imported bank transaction as the cascade sees it. Negative amount = money out.</summary>
public sealed record CategorizationInput(string TransactionId, string Description, string? Memo, decimal Amount, string BankAccountCode)
{
    /// <summary>The bank's own category or MCC text, when the statement carried one.</summary>
    public string? BankCategory { get; init; }

    /// <summary>What the model sees (the transaction id is not a feature).</summary>
    public TransactionFeatures Features => new(Description, Memo, Amount, BankAccountCode) { BankCategory = BankCategory };
}
