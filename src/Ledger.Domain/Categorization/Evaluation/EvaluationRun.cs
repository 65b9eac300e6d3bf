using Ledger.Domain.Categorization.Model;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// Replays a labelled feed as a pilot tenant would live it: the first months are history the tenant
/// brings; every later transaction is proposed, then reviewed with its true account, which joins the
/// history; model and calibration are refitted every <see cref="EvaluationOptions.RetrainEvery"/> reviews.
/// Pure and in-memory, so the same feed and options always give the same report (latency aside).
/// </summary>
public static class EvaluationRun
{
    public static EvaluationReport Replay(IReadOnlyList<FeedRow> rowsInTimeOrder, EvaluationOptions? options = null)
    {
        options ??= EvaluationOptions.Default;
        if (rowsInTimeOrder.Count == 0) throw new DomainException("Nothing to replay: the feed is empty.");
        if (rowsInTimeOrder.Zip(rowsInTimeOrder.Skip(1)).Any(p => p.Second.Date < p.First.Date))
            throw new DomainException("Replay needs the feed in time order.");

        var cutoff = rowsInTimeOrder[0].Date.PlusMonths(options.HistoryMonths);
        var history = rowsInTimeOrder.TakeWhile(r => r.Date < cutoff).Select(r => r.Labelled).ToList();
        if (history.Count == 0) throw new DomainException($"No labelled history in the first {options.HistoryMonths} months.");
        var proposer = new ReplayProposer(options);
        foreach (var row in rowsInTimeOrder.Take(history.Count)) proposer.Remember(row);
        proposer.Refit(history);

        var outcomes = new List<ProposalOutcome>(rowsInTimeOrder.Count - history.Count);
        var sinceRefit = 0;
        foreach (var row in rowsInTimeOrder.Skip(history.Count))
        {
            var outcome = proposer.Propose(row);
            outcomes.Add(outcome);
            history.Add(proposer.Review(outcome, row));
            if (++sinceRefit >= options.RetrainEvery)
            {
                proposer.Refit(history);
                sinceRefit = 0;
            }
            else if (sinceRefit % options.RecalibrateEvery == 0) proposer.Recalibrate();
        }
        return EvaluationReport.From(outcomes, history.Count - outcomes.Count, proposer.Retrains, proposer.TrainingTime, proposer.Calibrations)
            with { TemplateThreshold = options.TemplateThreshold, Fits = proposer.Fits };
    }
}
