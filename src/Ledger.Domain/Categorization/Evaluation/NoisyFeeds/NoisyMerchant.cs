namespace Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

/// <summary>How money reached or left the tenant: decides the bank-string formats a line is printed in.</summary>
internal enum Rail { Card, Ach, Check, Zelle, Deposit, Plain }

/// <summary>
/// One counterparty of a noisy development tenant: the names it trades under (each line picks one, as store signage,
/// web orders and processor descriptors differ), the account (or one by amount, or a second account it goes to at random
/// <see cref="MixRate"/> of the time: a vendor whose lines a bookkeeper splits by what was bought), amounts and rate.
/// </summary>
internal sealed record NoisyMerchant(string[] Names, string Account, decimal Min, decimal Max, double PerMonth, Rail Rail = Rail.Card)
{
    public int FirstMonth { get; init; } = 1;
    public int LastMonth { get; init; } = 12;
    public bool MoneyIn { get; init; }
    public int? Day { get; init; }
    public Func<decimal, string>? ByAmount { get; init; }
    public double RefundRate { get; init; }
    public string? Category { get; init; }
    public double MixRate { get; init; }
    public string? MixAccount { get; init; }
    /// <summary>ACH entry description ("PAYROLL", "PREM"): what the originator prints after its name.</summary>
    public string AchWhat { get; init; } = "PAYMENT";

    public string AccountFor(decimal magnitude, Random rng) =>
        MixAccount is not null && rng.NextDouble() < MixRate ? MixAccount : ByAmount?.Invoke(magnitude) ?? Account;
}

/// <summary>One-off merchants of a kind (a new restaurant, another gas station): brand or made-up names, one account.</summary>
internal sealed record NoisyOneOffs(string[] Names, string Account, decimal Min, decimal Max, double PerMonth, string? Category);

/// <summary>A noisy development tenant: its bank's card and checking formats, merchants and one-offs.</summary>
internal sealed record NoisyTenant(string Name, string Checking, string Card, int CardStyle, IReadOnlyList<NoisyMerchant> Merchants,
    IReadOnlyList<NoisyOneOffs> OneOffs);
