using NodaTime;

namespace Ledger.Domain.Metrics;

/// <summary>
/// Where one decision's "final answer" stands, for calibration and accuracy. A reviewer's answer always wins; otherwise
/// an auto-posted entry counts as right once it was not reversed within the correction window. <see cref="Presumed"/>
/// is that provisional state: it becomes final at query time, once the window has passed (see MetricsDaily).
/// </summary>
public enum OutcomeKind { None, Presumed, Answered }

/// <summary>The contribution of one decision to its proposal day's sums.</summary>
public sealed record DecisionOutcome(OutcomeKind Kind, double P, bool Correct, bool AutoPosted)
{
    public static readonly DecisionOutcome None = new(OutcomeKind.None, 0, false, false);
}

/// <summary>
/// A transaction's history as far as outcomes go, read from its own events up to (and including) one event.
/// <paramref name="FinalAccount"/> is the latest reviewer answer (TransactionLabelled with Source "review").
/// </summary>
public sealed record OutcomeHistory(double P, string? ProposedAccount, Instant? AutoPostedAt, Instant? ReversedAt, string? FinalAccount)
{
    public static readonly Duration DefaultCorrectionWindow = Duration.FromDays(14);

    public DecisionOutcome Outcome(Duration correctionWindow)
    {
        var autoPosted = AutoPostedAt is not null;
        if (FinalAccount is not null)
            return new DecisionOutcome(OutcomeKind.Answered, P, ProposedAccount == FinalAccount, autoPosted);
        var reversedInWindow = AutoPostedAt is { } posted && ReversedAt is { } reversed && reversed - posted <= correctionWindow;
        return autoPosted && !reversedInWindow ? new DecisionOutcome(OutcomeKind.Presumed, P, true, true) : DecisionOutcome.None;
    }
}
