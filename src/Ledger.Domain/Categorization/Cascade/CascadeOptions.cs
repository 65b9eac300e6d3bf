namespace Ledger.Domain.Categorization;

/// <summary>The cascade's knobs. Part of the recorded context: a recomputation must use the same values.</summary>
public sealed record CascadeOptions
{
    /// <summary>Labels a vendor needs, all to one account, before its history answers without the model.</summary>
    public int VendorHistoryMinLabels { get; init; } = 3;

    /// <summary>Ask the LLM when the best calibrated p is below this (or the vendor is new).</summary>
    public double LlmBelowP { get; init; } = 0.80;

    /// <summary>
    /// Raw p of a matched rule when the vendor's labels cannot measure it (no labels yet, or the rule is narrowed by
    /// amount/direction so the vendor-wide tally says nothing about its range). A person or a consistent run wrote it.
    /// </summary>
    public double RuleRawP { get; init; } = 0.97;

    /// <summary>How many accounts the model returns: the top one plus alternatives for the reviewer.</summary>
    public int ModelTop { get; init; } = 3;

    public static CascadeOptions Default { get; } = new();
}
