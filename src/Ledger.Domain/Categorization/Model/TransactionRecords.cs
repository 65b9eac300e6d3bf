namespace Ledger.Domain.Categorization.Model;

/// <summary>A bank transaction an accountant has already posted: the training signal. Negative amount = money out.</summary>
public sealed record LabelledTransaction(string Description, string? Memo, decimal Amount, string BankAccount, string AccountCode)
{
    /// <summary>The bank's own category or MCC text, when the statement carried one.</summary>
    public string? BankCategory { get; init; }

    public TransactionFeatures Features => new(Description, Memo, Amount, BankAccount) { BankCategory = BankCategory };
}

/// <summary>What the classifier sees of an imported bank transaction. Negative amount = money out.</summary>
public sealed record TransactionFeatures(string Description, string? Memo, decimal Amount, string BankAccount)
{
    /// <summary>The bank's own category or MCC text, when the statement carried one.</summary>
    public string? BankCategory { get; init; }
}

/// <summary>One candidate ledger account with the model's (uncalibrated) softmax probability.</summary>
public sealed record AccountScore(string AccountCode, double Probability);

/// <summary>
/// The raw top-1 probability on one held-out row and whether that account was the posted one.
/// Calibration is fitted on these, never on rows the model was trained on.
/// </summary>
public sealed record HoldoutPrediction(double TopProbability, bool Correct)
{
    /// <summary>
    /// Whether the cascade would have asked the model for this row: its vendor has no label in the probe's training rows
    /// (in the row's direction), or labels naming more than one account. Vendor history answers the others live, so
    /// they say little about how often a live model proposal is right.
    /// </summary>
    public bool AskedLive { get; init; } = true;
}
