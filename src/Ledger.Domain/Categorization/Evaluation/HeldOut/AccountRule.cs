namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>
/// The adjudicated account of a payee's line: by the size of the amount (tiers, ascending bounds), and from a
/// month on another account when the bookkeeper reclassified the payee.
/// </summary>
public sealed record AccountRule((decimal UpTo, string Code)[] Tiers, (int Month, string Code)? Reclass)
{
    public static AccountRule Always(string code) => new([(decimal.MaxValue, code)], null);

    public string For(decimal magnitude, int month)
    {
        if (Reclass is { } reclass && month >= reclass.Month) return reclass.Code;
        foreach (var (upTo, code) in Tiers)
            if (magnitude <= upTo) return code;
        return Tiers[^1].Code;
    }
}
