using JasperFx.CommandLine;
using Ledger.Jobs.Commands;
using Marten;
using NodaTime;

namespace Ledger.Jobs.Commands.Review;

public class SimulateReviewsInput : NetCoreInput
{
    [Description("Tenant id")] public string TenantFlag { get; set; } = "";
    [Description("CSV of true accounts: date,description,amount,account,bank_account (e.g. samples/demo/truth-2024q2.csv)")]
    public string TruthFlag { get; set; } = "";
    [Description("User name recorded on the acts")] public string ReviewerFlag { get; set; } = "simulated-reviewer";
}

/// <summary>
/// Evidence for a shadow report needs reviewer answers; on a demo or replayed tenant nobody has reviewed yet. This answers
/// the queue with the true accounts through the reviewer acts' own logic, as the pilot's reviewers would.
/// </summary>
[Description("Approve or recategorize a tenant's queued transactions with their true accounts from a CSV", Name = "simulate-reviews")]
public class SimulateReviewsCommand : OperatorCommand<SimulateReviewsInput>
{
    protected override async Task<bool> Run(SimulateReviewsInput input)
    {
        using var host = input.BuildHost();
        await RequireTenantAsync(host, input.TenantFlag);
        using var reader = File.OpenText(input.TruthFlag);
        var truth = ReviewerSimulation.ReadTruth(reader);
        var store = host.Services.GetRequiredService<IDocumentStore>();
        int queued;
        await using (var query = store.QuerySession(input.TenantFlag)) queued = await query.Query<Ledger.Projections.Review.ReviewQueueItem>().CountAsync();
        var r = await ProgressDisplay.RunAsync($"Answering {queued:N0} queued transactions", queued, progress =>
            ReviewerSimulation.RunAsync(store, input.TenantFlag, truth, input.ReviewerFlag, host.Services.GetRequiredService<IClock>(), CancellationToken.None, progress));
        Console.WriteLine($"simulate-reviews {input.TenantFlag}: queue {r.Queued}, approved {r.Approved}, recategorized {r.Recategorized}, " +
            $"no truth row {r.Unmatched}, refused {r.Refused} (truth rows {truth.Count})");
        return r.Approved + r.Recategorized > 0;
    }
}
