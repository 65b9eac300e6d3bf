namespace Ledger.Domain.Decisions;

/// <summary>
/// Bank feeds carry at most two decimals. Anything finer is a parsing bug upstream, so we refuse it
/// instead of rounding: a silently rounded cent is an unexplainable difference at reconciliation.
/// </summary>
public static class Cents
{
    public static bool HasAtMostTwoDecimals(decimal amount) => decimal.Round(amount, 2) == amount;

    public static void Require(decimal amount, string what)
    {
        if (!HasAtMostTwoDecimals(amount))
            throw new DomainException($"{what} {amount} has more than 2 decimals; bank amounts are whole cents.");
    }

    public static void RequireNonZero(decimal amount, string what)
    {
        Require(amount, what);
        if (amount == 0m)
            throw new DomainException($"{what} is zero; a zero-amount entry posts nothing and is refused.");
    }
}
