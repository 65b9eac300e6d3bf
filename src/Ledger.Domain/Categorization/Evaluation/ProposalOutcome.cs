using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// One replayed proposal after the bookkeeper reviewed it: the raw and the calibrated probability
/// (only the calibrated one is ever compared with an auto-post threshold) and whether it was right.
/// <paramref name="Source"/> is a <see cref="ProposalSources"/> code; <paramref name="TrueAccount"/> is the adjudicated
/// account when the feed has one (else the recorded one); <paramref name="WantsLlm"/> says the production
/// pipeline would have asked the LLM here (the replay has none, so it only counts them).
/// </summary>
public sealed record ProposalOutcome(
    LocalDate Date,
    string Source,
    string ProposedAccount,
    string TrueAccount,
    double RawProbability,
    double Probability,
    Duration Latency,
    bool WantsLlm = false)
{
    /// <summary>What the reviewer answered (slips included); empty means the same as <see cref="TrueAccount"/>.</summary>
    public string RecordedAccount { get; init; } = "";

    /// <summary>The vendor had no label at all when this was proposed (the cold start the knowledge base is for).</summary>
    public bool ColdStart { get; init; }

    public string? Tenant { get; init; }

    /// <summary>The threshold the system had earned for this source from earlier outcomes only; null before one was earned.</summary>
    public double? EarnedThreshold { get; init; }

    public string VendorKey { get; init; } = "";
    public decimal Amount { get; init; }
    public string Description { get; init; } = "";

    /// <summary>The cascade's trace, for reading the errors.</summary>
    public IReadOnlyList<string> Trace { get; init; } = [];

    /// <summary>The slip rule would have suspected the reviewer's answer (against the vendor's labels and this proposal).</summary>
    public bool SlipSuspected { get; init; }

    public bool Correct => ProposedAccount == TrueAccount;

    public bool AgreesWithReviewer => ProposedAccount == (RecordedAccount.Length == 0 ? TrueAccount : RecordedAccount);
}
