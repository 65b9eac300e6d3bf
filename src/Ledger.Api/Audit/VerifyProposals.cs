using JasperFx.Events;
using Ledger.Api.Categorization;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Knowledge;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Statements;
using Ledger.Projections.Categorization;
using Marten;
using NodaTime;

namespace Ledger.Api.Audit;

/// <param name="NotRecomputable">Proposals recorded before they carried their categorizer version and vendor labels, or made with
/// a merchant knowledge base version this build does not ship (every version shipped stays embedded).</param>
public sealed record ProposalVerificationReport(int Checked, int Mismatches, int NotRecomputable, IReadOnlyList<ProposalMismatch> Details);

/// <summary>
/// Recomputes every recorded proposal of the tenant: the bank line from its transaction stream, rules, model bytes and
/// calibration from the categorizer stream at the recorded version, the vendor's labels as recorded, then the same pure
/// <see cref="Categorizer.Propose"/> the pipeline ran.
/// </summary>
public static class VerifyProposals
{
    public static async Task<ProposalVerificationReport> RunAsync(IQuerySession session, CategorizerContextLoader loader, LocalDate? from, LocalDate? to, CancellationToken ct)
    {
        var events = await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName == "category_proposed").ToListAsync(ct);
        var chosen = events
            .Select(e => (Event: e, Proposal: (CategoryProposed)e.Data))
            .Where(x => from is null || x.Proposal.At.InUtc().Date >= from)
            .Where(x => to is null || x.Proposal.At.InUtc().Date <= to)
            .ToList();
        // Recomputable: recorded with its categorizer version, and (from generation 2) by a knowledge base version this build ships.
        var recomputable = chosen.Where(x => x.Proposal.CategorizerVersion is not null
            && (x.Proposal.KnowledgeVersion is null || MerchantKnowledge.OfVersion(x.Proposal.KnowledgeVersion) is not null)).ToList();
        var charts = await ChartHistory.LoadAsync(session, ct);
        var facts = await FactsAsync(session, recomputable.Select(x => x.Event.StreamKey!).Distinct().ToArray(), ct);
        var llmModels = await LlmModelsAsync(session, recomputable.Select(x => x.Proposal).Where(p => p.Source == ProposalSources.Llm), ct);

        var contexts = new Dictionary<int, (CascadeContext? Context, string? Error)>();
        var mismatches = new List<ProposalMismatch>();
        foreach (var (e, p) in recomputable)
        {
            var version = p.CategorizerVersion!.Value;
            if (!contexts.TryGetValue(version, out var ctx)) contexts[version] = ctx = await ContextAtAsync(session, loader, version, ct);
            var earlier = facts.GetValueOrDefault(e.StreamKey!, []).Where(f => f.Sequence < e.Sequence).OrderBy(f => f.Sequence).Select(f => f.Data).ToList();
            var mismatch = (ctx.Context, earlier.OfType<TransactionImported>().FirstOrDefault()) switch
            {
                (null, _) => new ProposalMismatch(e.Id, p.TransactionId, ["error"], p.Source, ctx.Error!),
                (_, null) => new ProposalMismatch(e.Id, p.TransactionId, ["error"], p.Source, "the transaction's stream has no TransactionImported before the proposal"),
                var (c, t) => ProposalVerification.Verify(Recorded(e.Id, p, t, TransactionLifecycle.Fold(earlier)!, llmModels) with
                {
                    Knowledge = p.KnowledgeVersion is null ? null : charts.KnowledgeAt(MerchantKnowledge.OfVersion(p.KnowledgeVersion)!, p.At),
                }, c),
            };
            if (mismatch is not null) mismatches.Add(mismatch);
        }
        return new ProposalVerificationReport(recomputable.Count, mismatches.Count, chosen.Count - recomputable.Count, mismatches);
    }

    /// <summary>The proposal with the bank line and the transfer pairing as the transaction's lifecycle stood when it was made.</summary>
    static RecordedProposal Recorded(Guid eventId, CategoryProposed p, TransactionImported t, TransactionLifecycle before, Dictionary<Guid, string> llmModels) =>
        new(eventId, p, new CategorizationInput(t.TransactionId, t.Payee, t.Memo, t.Amount, t.BankAccountCode), before.Transfer,
            p.LlmCallId is { } call ? llmModels.GetValueOrDefault(call) : null, before.ReopenedFromAccount);

    /// <summary>Rules, model and calibration as the categorizer stream stood at <paramref name="version"/>.</summary>
    static async Task<(CascadeContext?, string?)> ContextAtAsync(IQuerySession session, CategorizerContextLoader loader, int version, CancellationToken ct)
    {
        try
        {
            var state = version == 0
                ? new CategorizerState()
                : await session.Events.AggregateStreamAsync<CategorizerState>(CategorizerStreams.Id, version, token: ct);
            if (state is null || state.Version != version) return (null, $"the categorizer stream has no version {version}");
            return (await loader.CascadeAsync(session, state, ct), null);
        }
        catch (InvalidOperationException e)
        {
            return (null, e.Message);   // e.g. a model version whose bytes are gone
        }
    }

    /// <summary>Each transaction stream's bank line and transfer pairing events (with their sequence, to take only what came before).</summary>
    static async Task<Dictionary<string, List<IEvent>>> FactsAsync(IQuerySession session, string[] ids, CancellationToken ct)
    {
        var byStream = new Dictionary<string, List<IEvent>>();
        foreach (var chunk in ids.Chunk(1_000))
        {
            var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamKey!.IsOneOf(chunk)).ToListAsync(ct);
            foreach (var e in events.Where(e => e.Data is TransactionImported or TransferPairDetected or TransferPairReopened))
                (byStream.TryGetValue(e.StreamKey!, out var list) ? list : byStream[e.StreamKey!] = []).Add(e);
        }
        return byStream;
    }

    static async Task<Dictionary<Guid, string>> LlmModelsAsync(IQuerySession session, IEnumerable<CategoryProposed> llmProposals, CancellationToken ct)
    {
        var calls = llmProposals.Select(p => p.LlmCallId).OfType<Guid>().ToHashSet();
        if (calls.Count == 0) return [];
        var recorded = await session.Events.QueryRawEventDataOnly<LlmCallRecorded>().ToListAsync(ct);
        return recorded.Where(c => calls.Contains(c.CallId)).GroupBy(c => c.CallId).ToDictionary(g => g.Key, g => g.First().Model);
    }

    /// <summary>The tenant's chart as it grew (onboarding, then each added account), to map the knowledge base as it was.</summary>
    sealed class ChartHistory(string template, IReadOnlyList<Ledger.Domain.Accounts.ChartAccount> onboarded, IReadOnlyList<(Instant At, Ledger.Domain.Accounts.ChartAccount Account)> added)
    {
        readonly Dictionary<(string, int), KnowledgeContext> _byCount = [];

        public static async Task<ChartHistory> LoadAsync(IQuerySession session, CancellationToken ct)
        {
            var events = await session.Events.FetchStreamAsync(session.TenantId, token: ct);
            var onboarded = events.Select(e => e.Data).OfType<Ledger.Domain.Tenants.TenantOnboarded>().FirstOrDefault();
            var added = events.Select(e => e.Data).OfType<Ledger.Domain.Tenants.ChartAccountAdded>().Select(a => (a.At, a.Account)).ToList();
            return new ChartHistory(onboarded?.Template ?? "", onboarded?.Chart ?? [], added);
        }

        /// <summary>The proposal's own knowledge base version mapped onto the chart as it stood at <paramref name="at"/>.</summary>
        public KnowledgeContext KnowledgeAt(MerchantKnowledge knowledge, Instant at)
        {
            var count = added.Count(a => a.At <= at);
            if (!_byCount.TryGetValue((knowledge.Version, count), out var k))
                _byCount[(knowledge.Version, count)] = k = CategorizerContextLoader.KnowledgeOf(knowledge, template, [.. onboarded, .. added.Take(count).Select(a => a.Account)]);
            return k;
        }
    }
}
