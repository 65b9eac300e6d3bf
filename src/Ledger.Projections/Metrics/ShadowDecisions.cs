using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Metrics;
using Ledger.Projections.Transactions;
using Marten;
using NodaTime;

namespace Ledger.Projections.Metrics;

/// <summary>One decision of the report, with its final answer when known (same rule as MetricsDaily's outcomes).</summary>
public sealed record ShadowDecision(Instant DecidedAt, LocalDate Date, string Description, decimal Amount, string? Proposed, double P,
    bool WouldAutoPost, bool AutoPosted, string? Final, bool Reviewed, bool Posted, bool ColdStart, IReadOnlyList<string> Reasons,
    string BankAccount = "", string TransactionId = "", GateInputs? Inputs = null)
{
    public bool? Correct => Final is null ? null : Final == Proposed;
}

public static class ShadowDecisions
{
    /// <summary>The tenant's decisions made from <paramref name="from"/> to <paramref name="to"/>, read from the events and TransactionView.</summary>
    public static async Task<List<ShadowDecision>> LoadAsync(IQuerySession s, Instant from, Instant to, Instant now, Duration window, CancellationToken ct)
    {
        var gates = (await s.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync(ct)).Where(g => g.At >= from && g.At < to).ToList();
        var ids = gates.Select(g => g.TransactionId).ToHashSet();
        var proposals = (await s.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync(ct)).Where(p => ids.Contains(p.TransactionId))
            .GroupBy(p => p.TransactionId).ToDictionary(g => g.Key, g => g.Last());
        var labels = (await s.Events.QueryRawEventDataOnly<TransactionLabelled>().Where(l => l.Source == LabelSources.Review).ToListAsync(ct))
            .Where(l => l.TransactionId is not null && ids.Contains(l.TransactionId)).OrderBy(l => l.At)
            .GroupBy(l => l.TransactionId!).ToDictionary(g => g.Key, g => g.Last().AccountCode);
        var reversed = (await s.Events.QueryRawEventDataOnly<JournalEntryReversed>().ToListAsync(ct)).GroupBy(r => r.TransactionId)
            .ToDictionary(g => g.Key, g => g.Min(r => r.At));
        var views = (await s.LoadManyAsync<TransactionView>(ct, ids.ToArray())).ToDictionary(v => v.Id);

        var rows = new List<ShadowDecision>();
        foreach (var g in gates.OrderBy(g => g.At))
        {
            var p = proposals.GetValueOrDefault(g.TransactionId);
            var v = views.GetValueOrDefault(g.TransactionId);
            var history = new OutcomeHistory(g.Inputs.CalibratedP, p?.AccountCode, g.Decision.AutoPost ? g.At : null,
                reversed.TryGetValue(g.TransactionId, out var r) ? r : null, labels.GetValueOrDefault(g.TransactionId));
            var outcome = history.Outcome(window);
            var final = outcome.Kind switch
            {
                OutcomeKind.Answered => history.FinalAccount,
                OutcomeKind.Presumed when now >= g.At + window => p?.AccountCode,
                _ => null,
            };
            rows.Add(new ShadowDecision(g.At, v?.PostedOn ?? g.At.InUtc().Date, v?.Payee ?? "", v?.Amount ?? 0m, p?.AccountCode, g.Inputs.CalibratedP,
                g.Decision.WouldAutoPost, g.Decision.AutoPost, final, history.FinalAccount is not null, v?.Status == TransactionStatus.Posted,
                g.Decision.Reasons.Contains(ReasonCode.ColdStartVendor), g.Decision.Reasons, v?.BankAccountCode ?? "", g.TransactionId, g.Inputs));
        }
        return rows;
    }
}
