using Ledger.Domain.Accounts;

namespace Ledger.Domain.Decisions;

/// <summary>
/// Builds balanced journal lines for bank-feed transactions. The signed amount is always from the bank
/// (or card) account's point of view as the feed reports it: negative means money left a checking account,
/// or a charge grew a card balance. Both cases credit the bank/card account, which is why one rule serves
/// asset and liability accounts alike: a credit lowers an asset and raises a liability.
/// </summary>
public static class JournalLines
{
    public static IReadOnlyList<JournalLine> ForBankTransaction(
        ChartAccount bankOrCard, ChartAccount category, decimal signedAmount, string memo)
    {
        RequireBankOrCard(bankOrCard, nameof(bankOrCard));
        Cents.RequireNonZero(signedAmount, "Transaction amount");
        var amount = Math.Abs(signedAmount);

        return signedAmount < 0
            ? [Debit(category, amount, memo), Credit(bankOrCard, amount, memo)]
            : [Debit(bankOrCard, amount, memo), Credit(category, amount, memo)];
    }

    /// <summary>
    /// One bank line for the whole amount against several category lines. Parts are positive magnitudes
    /// and must add up to |signedAmount| to the cent; we never plug a difference into a suspense account.
    /// </summary>
    public static IReadOnlyList<JournalLine> ForSplit(
        ChartAccount bank, IReadOnlyList<(ChartAccount account, decimal amount)> parts, decimal signedAmount,
        string? memo = null)
    {
        RequireBankOrCard(bank, nameof(bank));
        Cents.RequireNonZero(signedAmount, "Transaction amount");
        if (parts.Count == 0) throw new DomainException("A split needs at least one part.");
        foreach (var (account, amount) in parts)
        {
            Cents.RequireNonZero(amount, $"Split part for {account.Code}");
            if (amount < 0)
                throw new DomainException($"Split part for {account.Code} is negative ({amount}); parts are magnitudes.");
        }

        var total = Math.Abs(signedAmount);
        var sum = parts.Sum(p => p.amount);
        if (sum != total)
            throw new DomainException($"Split parts sum to {sum} but the transaction is {total}; difference {total - sum}.");

        var outflow = signedAmount < 0;
        var lines = new List<JournalLine>(parts.Count + 1);
        if (!outflow) lines.Add(Debit(bank, total, memo));
        foreach (var (account, amount) in parts)
            lines.Add(outflow ? Debit(account, amount, memo) : Credit(account, amount, memo));
        if (outflow) lines.Add(Credit(bank, total, memo));
        return lines;
    }

    /// <summary>
    /// Money moving between two of the tenant's own bank/card accounts: one entry, no income or expense.
    /// Paying a card from checking is <c>ForTransfer(checking, card, x)</c>: debit card (liability shrinks),
    /// credit checking (asset shrinks).
    /// </summary>
    public static IReadOnlyList<JournalLine> ForTransfer(ChartAccount from, ChartAccount to, decimal amount, string? memo = null)
    {
        RequireBankOrCard(from, nameof(from));
        RequireBankOrCard(to, nameof(to));
        if (from.Code == to.Code) throw new DomainException($"Transfer from {from.Code} to itself.");
        Cents.RequireNonZero(amount, "Transfer amount");
        if (amount < 0) throw new DomainException($"Transfer amount {amount} is negative; swap from and to instead.");
        return [Debit(to, amount, memo), Credit(from, amount, memo)];
    }

    /// <summary>Reversal swaps sides line by line, so posting both nets every account to zero.</summary>
    public static IReadOnlyList<JournalLine> Reverse(IReadOnlyList<JournalLine> lines) =>
        lines.Select(l => l with { Debit = l.Credit, Credit = l.Debit }).ToList();

    /// <summary>Debits equal credits to the cent. Line count is the caller's concern (see the je_balanced gate).</summary>
    public static bool IsBalanced(IEnumerable<JournalLine> lines)
    {
        decimal debits = 0m, credits = 0m;
        foreach (var l in lines) { debits += l.Debit; credits += l.Credit; }
        return decimal.Round(debits, 2, MidpointRounding.AwayFromZero) == decimal.Round(credits, 2, MidpointRounding.AwayFromZero);
    }

    private static void RequireBankOrCard(ChartAccount account, string role)
    {
        if (account.Type is not (AccountType.Asset or AccountType.Liability))
            throw new DomainException($"{role} account {account.Code} is {account.Type}; a bank feed account is an Asset (bank) or Liability (card).");
    }

    private static JournalLine Debit(ChartAccount a, decimal amount, string? memo) => new(a.Code, amount, 0m, memo);
    private static JournalLine Credit(ChartAccount a, decimal amount, string? memo) => new(a.Code, 0m, amount, memo);
}
