using Marten;
using Microsoft.AspNetCore.Authorization;
using Weasel.Core.Migrations;
using Wolverine.Http;
using Coordinator = Marten.Events.Daemon.Coordination.IProjectionCoordinator;

namespace Ledger.Api.Health;

public sealed record Liveness(string Status);
/// <param name="Llm">The LLM fallback's circuit breaker; an open circuit does not make the API unready (the fallback is optional).</param>
/// <param name="PausedShards">Projection and relay shards the daemon paused, on any node; each is also a problem and makes the API unready.</param>
public sealed record Readiness(bool Ready, bool DatabaseReachable, bool SchemaCurrent, bool ProjectionDaemonRunning, long ProjectionLag, IReadOnlyList<string> Problems,
    Ledger.Api.Metrics.LlmCircuitResponse Llm, IReadOnlyList<Ledger.Api.Observability.PausedShard> PausedShards);

public static class HealthEndpoints
{
    [WolverineGet("/healthz"), AllowAnonymous]
    public static Liveness Healthz() => new("alive");

    [WolverineGet("/readyz"), AllowAnonymous]
    public static async Task<IResult> Readyz(IDocumentStore store, IEnumerable<IDatabaseSource> sources, Coordinator coordinator, IConfiguration config,
        Wolverine.Runtime.IWolverineRuntime runtime, Npgsql.NpgsqlDataSource dataSource, Ledger.Api.Categorization.SemanticKernelLlmCategorizer llm, CancellationToken ct)
    {
        var problems = new List<string>();
        bool db = false, schema = false, daemon = false;
        long lag = 0;
        IReadOnlyList<Ledger.Api.Observability.PausedShard> paused = [];
        try
        {
            var stats = await store.Advanced.FetchEventStoreStatistics(token: ct);
            db = true;
            foreach (var source in sources)
            foreach (var database in await source.BuildDatabases())
            {
                try { await database.AssertDatabaseMatchesConfigurationAsync(ct); }
                catch (Exception e) { problems.Add($"schema of {database.Id} differs from the model: {e.Message.Split('\n')[0]}"); }
            }
            schema = problems.Count == 0;
            var progress = await Ledger.Api.Observability.PausedShards.ProgressAsync(store, ct);
            lag = Ledger.Api.Observability.ProjectionLag.Of(stats.EventSequenceNumber, progress);
            // A paused shard never catches up by itself, however small its lag: the read models or a relay have stopped.
            paused = Ledger.Api.Observability.PausedShards.Of(progress);
            problems.AddRange(paused.Select(p => p.Problem()));
            var daemonInstance = coordinator.DaemonForMainDatabase();
            // With no async projection registered there is nothing for a daemon to run; with several nodes, another node may run them.
            daemon = daemonInstance.IsRunning || !((StoreOptions)store.Options).Projections.All.Any(p => p.Lifecycle == JasperFx.Events.Projections.ProjectionLifecycle.Async)
                     || await Ledger.Api.Hosting.LedgerCluster.RunsEveryEventAgentAsync(runtime, dataSource, ct);
            if (!daemon) problems.Add("the async projection daemon is not running");
        }
        catch (Exception e) when (!db)
        {
            problems.Add($"database unreachable: {e.Message}");
        }
        var maxLag = config.GetValue("Ledger:ReadyMaxProjectionLag", 10_000L);
        if (lag > maxLag) problems.Add($"projections are {lag} events behind (limit {maxLag})");
        var body = new Readiness(problems.Count == 0, db, schema, daemon, lag, problems, Ledger.Api.Metrics.LlmCircuitResponse.Of(llm), paused);
        return Results.Json(body, statusCode: body.Ready ? 200 : 503);
    }
}
