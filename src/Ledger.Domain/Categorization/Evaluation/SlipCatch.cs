namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// How the slip rule did on a replay whose feed knows its injected slips: a slip is an answer that differs from the
/// adjudicated account. Caught = slips suspected / slips; false alarms = honest answers suspected / honest answers.
/// </summary>
public sealed record SlipCatch(int Slips, int Caught, int Honest, int FalseAlarms)
{
    public double CaughtShare => Slips == 0 ? double.NaN : (double)Caught / Slips;
    public double FalseAlarmRate => Honest == 0 ? double.NaN : (double)FalseAlarms / Honest;

    public static SlipCatch Of(IEnumerable<ProposalOutcome> outcomes)
    {
        var known = outcomes.Where(o => o.RecordedAccount.Length > 0).ToList();
        var slips = known.Where(o => o.RecordedAccount != o.TrueAccount).ToList();
        var honest = known.Where(o => o.RecordedAccount == o.TrueAccount).ToList();
        return new SlipCatch(slips.Count, slips.Count(o => o.SlipSuspected), honest.Count, honest.Count(o => o.SlipSuspected));
    }

    public override string ToString() => FormattableString.Invariant(
        $"reviewer slips: {Caught} of {Slips} caught ({CaughtShare:P1}); false alarms {FalseAlarms} of {Honest} honest answers ({FalseAlarmRate:P2})");
}
