using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Knowledge;
using Ledger.Domain.Categorization.Llm;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Categorization.Rules;
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
    LlmBudgetState Budget)
{
    /// <summary>The shipped merchant knowledge with this tenant's kinds → accounts (from its template and chart).</summary>
    public KnowledgeContext? Knowledge { get; init; }

    /// <summary>The cascade's context for one transaction, given its vendor's labels (and, for a vendor never labelled, those of
    /// the labelled vendor it is a variant of).</summary>
    public CascadeContext CascadeFor(VendorLabelStats? vendorStats, VendorLabelStats? similarVendor = null) =>
        new(Categorizer.ActiveRules, vendorStats, Model, Categorizer.ModelVersion, Calibrations, CascadeOptions.Default)
        {
            Knowledge = Knowledge, SimilarVendor = vendorStats is null ? similarVendor : null,
        };
}

public sealed class LlmCaps(decimal globalMonthlyCapUsd)
{
    public decimal GlobalMonthlyCapUsd { get; } = globalMonthlyCapUsd;
}

/// <summary>Loads the decision context; a model version's bytes are loaded once and kept while the tenant decides with it.</summary>
public sealed class CategorizerContextLoader(LlmCaps caps)
{
    readonly ModelsInMemory<ClassifierModel> _models = new();

    public async Task<DecisionContext> LoadAsync(IDocumentSession session, Instant now, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(session.TenantId, ct) ?? throw new InvalidOperationException($"No tenant {session.TenantId}.");
        var state = await session.LoadAsync<CategorizerState>(CategorizerStreams.Id, ct) ?? new CategorizerState();
        var model = await ModelAsync(session, state.ModelVersion, newest: true, ct);
        var calibrations = CalibrationsOf(state);
        return new DecisionContext(tenant, state, model, calibrations, PolicyOf(tenant, state), await BudgetAsync(session, tenant, now, ct))
        {
            Knowledge = KnowledgeOf(tenant),
        };
    }

    /// <summary>The gates' policy: the template's threshold, and the thresholds the tenant earned once an operator opted in.</summary>
    public static TenantPolicy PolicyOf(Tenant tenant, CategorizerState state) =>
        new((double)tenant.Limits.AutopostThreshold, tenant.Limits.ColdStartMinLabels, tenant.AutopostEnabled, tenant.PolicyVersion)
        {
            EarnedThresholds = tenant.UsesEarnedThreshold && state.EarnedThresholds.Count > 0 ? state.EarnedThresholds : null,
        };

    /// <summary>The knowledge base mapped onto the tenant's chart as it stands (template table, then added accounts by name).</summary>
    public static KnowledgeContext KnowledgeOf(Tenant tenant) => KnowledgeOf(tenant.Template, tenant.Chart);

    public static KnowledgeContext KnowledgeOf(string template, IReadOnlyList<Ledger.Domain.Accounts.ChartAccount> chart) =>
        KnowledgeOf(MerchantKnowledge.Shipped, template, chart);

    /// <summary>A knowledge base version (the shipped one, or one a recorded proposal names) mapped onto a chart.</summary>
    public static KnowledgeContext KnowledgeOf(MerchantKnowledge knowledge, string template, IReadOnlyList<Ledger.Domain.Accounts.ChartAccount> chart) =>
        new(knowledge, KindMapping.For(knowledge, template, chart));

    /// <summary>
    /// The model of that version, from its stored bytes (loaded once while kept); null for no version. <paramref name="newest"/>:
    /// the version the tenant decides with now (kept until a retrain supersedes it), not an older one an audit asks for.
    /// </summary>
    public async Task<ClassifierModel?> ModelAsync(IQuerySession session, string? version, bool newest, CancellationToken ct)
    {
        if (version is null) return null;
        var tenant = session.TenantId;
        if (_models.TryGet(tenant, version, out var model)) return newest ? _models.Keep(tenant, version, model, isNewest: true) : model;
        var artifact = await session.LoadAsync<ModelArtifact>(version, ct) ?? throw new InvalidOperationException($"Model {version} has no stored bytes.");
        return _models.Keep(tenant, version, ClassifierModel.Load(artifact.Bytes), newest);
    }

    /// <summary>The calibrations a categorizer state proposes with: identity until the first fit.</summary>
    public static SourceCalibrations CalibrationsOf(CategorizerState state) =>
        state.Calibrations.Count == 0 ? SourceCalibrations.Identity : new SourceCalibrations(state.CalibrationVersion, state.Calibrations);

    /// <summary>Everything but the vendor's stats (and the knowledge mapping) that a proposal made with <paramref name="state"/> was computed from.</summary>
    public async Task<CascadeContext> CascadeAsync(IQuerySession session, CategorizerState state, CancellationToken ct) =>
        new(state.ActiveRules, null, await ModelAsync(session, state.ModelVersion, newest: false, ct), state.ModelVersion, CalibrationsOf(state), CascadeOptions.Default);

    public async Task<LlmBudgetState> BudgetAsync(IDocumentSession session, Tenant tenant, Instant now, CancellationToken ct)
    {
        var month = LlmBudgetState.MonthOf(now);
        var key = LlmBudget.KeyFor(month);
        var mine = await session.LoadAsync<LlmBudget>(key, ct);
        var all = await session.Query<LlmBudget>().Where(x => x.AnyTenant() && x.Id == key).ToListAsync(ct);
        return LlmBudgetState.FromSpend(tenant.Id, month, mine?.SpentUsd ?? 0m, tenant.Limits.LlmMonthlyCapUsd, all.Sum(b => b.SpentUsd), caps.GlobalMonthlyCapUsd);
    }
}
