namespace Ledger.Domain.Categorization.Llm;

/// <summary>
/// Provider list prices in USD per million tokens. Kept in decimal end to end: the per-call amounts are
/// fractions of a cent and a month of them is compared against a cap, so binary floating point would drift.
/// </summary>
public sealed record LlmPricing
{
    public LlmPricing(decimal inputPerMillionUsd, decimal outputPerMillionUsd)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputPerMillionUsd);
        ArgumentOutOfRangeException.ThrowIfNegative(outputPerMillionUsd);
        InputPerMillionUsd = inputPerMillionUsd;
        OutputPerMillionUsd = outputPerMillionUsd;
    }

    public decimal InputPerMillionUsd { get; }
    public decimal OutputPerMillionUsd { get; }

    /// <summary>Exact cost of one call; not rounded, so summing many calls equals the provider's invoice arithmetic.</summary>
    public decimal Cost(int promptTokens, int completionTokens)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(promptTokens);
        ArgumentOutOfRangeException.ThrowIfNegative(completionTokens);
        return (promptTokens * InputPerMillionUsd + completionTokens * OutputPerMillionUsd) / 1_000_000m;
    }
}
