namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// One counterparty of the generated business: how its bank strings look, how often and how much it
/// charges, and which account it is posted to. <see cref="AccountFor"/> overrides the account by
/// amount (a $12 Amazon order is office supplies, a $900 one is equipment).
/// </summary>
internal sealed record HardFeedVendor(
    string[] Templates,
    string Account,
    decimal Min,
    decimal Max,
    double PerMonth,
    string Bank = HardFeedVendor.Card,
    int FirstMonth = 1,
    bool MoneyIn = false,
    int? DayOfMonth = null,
    Func<decimal, string>? AccountFor = null,
    double RefundRate = 0.0)
{
    public const string Checking = "CHK-4821";
    public const string Card = "CARD-1007";

    public string AccountForAmount(decimal magnitude) => AccountFor?.Invoke(magnitude) ?? Account;
}
