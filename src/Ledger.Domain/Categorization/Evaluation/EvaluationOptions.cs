namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>How a pilot is replayed: months of history before proposals start, and how often the model is refitted.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Months of already-posted transactions the tenant brings at onboarding.</summary>
    public int HistoryMonths { get; init; } = 3;

    /// <summary>Refit model and calibration after this many newly reviewed transactions: by default what a new starter tenant gets.</summary>
    public int RetrainEvery { get; init; } = Tenants.TenantTemplates.Starter.Limits.RetrainAfterLabels;

    /// <summary>Refit only the calibrators after this many reviews (cheap; matters most while samples are few).</summary>
    public int RecalibrateEvery { get; init; } = 50;

    /// <summary>Past labels a vendor needs before vendor memory answers for it; null: the cascade's own default.</summary>
    public int? VendorMemoryMinLabels { get; init; }

    public bool UseVendorMemory { get; init; } = true;

    public int Seed { get; init; } = 42;

    /// <summary>The cascade replayed (<see cref="CascadeOptions.Generation"/>): 1 reproduces the cascade before the knowledge base.</summary>
    public int CascadeGeneration { get; init; } = CascadeOptions.Default.Generation;

    /// <summary>The model pipeline fitted (<see cref="Model.ClassifierPipeline"/> versions).</summary>
    public int Pipeline { get; init; } = Model.ClassifierPipeline.Current;

    /// <summary>The merchant knowledge base and the feed's chart mapping; null replays without a knowledge step.</summary>
    public KnowledgeContext? Knowledge { get; init; }

    /// <summary>The template's auto-post threshold (the figure "automation at the template threshold" uses).</summary>
    public double TemplateThreshold { get; init; } = 0.90;

    /// <summary>The lowest threshold the system may earn (the template's floor).</summary>
    public double EarnedFloor { get; init; } = 0.80;

    /// <summary>
    /// What a suspected slip teaches. Production holds its label (<c>SlipSuspected</c>) and asks the reviewer "did you mean
    /// ...?"; the label learnt is the one they confirm or correct to. The replay takes the feed's adjudicated account as that
    /// second, careful answer (a feed without one has only the recorded answer, so nothing changes there). False: the answer
    /// is learnt as first given, as if every suspicion were confirmed (the replay before issue #12 round 6).
    /// </summary>
    public bool SecondLookAtSuspectedAnswers { get; init; } = true;

    public static EvaluationOptions Default { get; } = new();
}
