using Ledger.Domain.Accounts;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>Writes a profile's chart as one account a line.</summary>
internal static class ProfileChart
{
    public static IReadOnlyList<ChartAccount> Of(params (string Code, string Name, AccountType Type)[] accounts) =>
        accounts.Select(a => new ChartAccount(a.Code, a.Name, a.Type)).ToList();
}
