using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>Where a proposal came from; the report shows the share of each.</summary>
public static class ProposalSource
{
    public const string Model = "model";
    public const string VendorMemory = "vendor-memory";
}

/// <summary>
/// One replayed proposal after the bookkeeper reviewed it: the raw and the calibrated probability
/// (only the calibrated one is ever compared with an auto-post threshold) and whether it was right.
/// </summary>
public sealed record ProposalOutcome(
    LocalDate Date,
    string Source,
    string ProposedAccount,
    string TrueAccount,
    double RawProbability,
    double Probability,
    Duration Latency)
{
    public bool Correct => ProposedAccount == TrueAccount;
}
