using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>
/// One line of a held-out evaluation feed: the bank's own text and sign, the account a reviewer recorded
/// (<paramref name="Account"/>, wrong on a reviewer slip) and the adjudicated one (<paramref name="TrueAccount"/>).
/// <paramref name="BankAccount"/> is the chart code of the bank or card account the line came from;
/// <paramref name="BankCategory"/> is the card issuer's own category text, empty when the export has none.
/// </summary>
public sealed record HeldOutRow(
    string Tenant, LocalDate Date, string Description, decimal Amount,
    string Account, string TrueAccount, string BankAccount, string BankCategory)
{
    public bool IsSlip => Account != TrueAccount;
}
