using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// One replayed proposal after the bookkeeper reviewed it: the raw and the calibrated probability
/// (only the calibrated one is ever compared with an auto-post threshold) and whether it was right.
/// <paramref name="Source"/> is a <see cref="ProposalSources"/> code; <paramref name="WantsLlm"/> says the production
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
    public bool Correct => ProposedAccount == TrueAccount;
}
