using Ledger.Domain.Categorization.Model;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>One bank-feed row with the account an accountant posted it to. Negative amount = money out.</summary>
public sealed record FeedRow(LocalDate Date, string RawDescription, decimal Amount, string BankAccount, string TrueAccountCode)
{
    public TransactionFeatures Features => new(RawDescription, null, Amount, BankAccount);

    public LabelledTransaction Labelled => new(RawDescription, null, Amount, BankAccount, TrueAccountCode);
}
