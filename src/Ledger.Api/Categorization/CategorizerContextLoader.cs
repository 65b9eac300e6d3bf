using System.Collections.Concurrent;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Decisions;
using Ledger.Projections.Categorization;
using Ledger.Projections.Llm;
using Ledger.Projections.Tenants;
using Marten;
using NodaTime;

namespace Ledger.Api.Categorization;

/// <summary>What one batch of decisions is decided with: the tenant's policy, model, calibration, rules and LLM budget.</summary>
public sealed record DecisionContext(
    Tenant Tenant, CategorizerState Categorizer, ClassifierModel? Model, SourceCalibrations Calibrations, TenantPolicy Policy,
    LlmBudgetState Budget);

public sealed class LlmCaps(decimal globalMonthlyCapUsd)
{
    public decimal GlobalMonthlyCapUsd { get; } = globalMonthlyCapUsd;
}

/// <summary>Loads the decision context; model bytes are loaded once per version and kept (a version never changes).</summary>
public sealed class CategorizerContextLoader(LlmCaps caps)
{
    readonly ConcurrentDictionary<string, ClassifierModel> _models = new();

    public async Task<DecisionContext> LoadAsync(IDocumentSession session, Instant now, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(session.TenantId, ct) ?? throw new InvalidOperationException($"No tenant {session.TenantId}.");
        var state = await session.LoadAsync<CategorizerState>(CategorizerStreams.Id, ct) ?? new CategorizerState();
        ClassifierModel? model = null;
        if (state.ModelVersion is { } version && !_models.TryGetValue(version, out model))
        {
            var artifact = await session.LoadAsync<ModelArtifact>(version, ct) ?? throw new InvalidOperationException($"Model {version} has no stored bytes.");
            model = _models.GetOrAdd(version, _ => ClassifierModel.Load(artifact.Bytes));
        }
        var calibrations = state.Calibrations.Count == 0 ? SourceCalibrations.Identity : new SourceCalibrations(state.CalibrationVersion, state.Calibrations);
        var policy = new TenantPolicy((double)tenant.Limits.AutopostThreshold, tenant.Limits.ColdStartMinLabels, tenant.AutopostEnabled, tenant.PolicyVersion);
        return new DecisionContext(tenant, state, model, calibrations, policy, await BudgetAsync(session, tenant, now, ct));
    }

    public async Task<LlmBudgetState> BudgetAsync(IDocumentSession session, Tenant tenant, Instant now, CancellationToken ct)
    {
        var month = LlmBudgetState.MonthOf(now);
        var key = LlmBudget.KeyFor(month);
        var mine = await session.LoadAsync<LlmBudget>(key, ct);
        var all = await session.Query<LlmBudget>().Where(x => x.AnyTenant() && x.Id == key).ToListAsync(ct);
        return LlmBudgetState.FromSpend(tenant.Id, month, mine?.SpentUsd ?? 0m, tenant.Limits.LlmMonthlyCapUsd, all.Sum(b => b.SpentUsd), caps.GlobalMonthlyCapUsd);
    }
}
