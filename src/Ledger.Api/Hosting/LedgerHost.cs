using JasperFx;
using JasperFx.CodeGeneration;
using Ledger.Api.Auth;
using Ledger.Domain.Tenants;
using Ledger.Projections;
using Marten;
using Microsoft.AspNetCore.Authentication;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Serilog;
using Wolverine;
using Wolverine.Marten;
using Wolverine.Http;
using Wolverine.ErrorHandling;
using Ledger.Api.Categorization;
using Ledger.Api.Observability;
using Prometheus;

namespace Ledger.Api.Hosting;

/// <summary>Everything the API, the jobs and the tests share: Marten, Wolverine, the clock, logging.</summary>
public static class LedgerHost
{
    /// <param name="role">
    /// <see cref="LedgerRole.Node"/> for the API and any process that works the pipeline (bench-decisions): a member of the
    /// cluster that Wolverine may give projections and subscriptions to. <see cref="LedgerRole.Tool"/> for job commands: no
    /// daemon, no subscription, no durability agent, so one can run beside the API on the same database without competing.
    /// </param>
    public static IHostApplicationBuilder AddLedgerCore(this IHostApplicationBuilder builder, string connectionString, LedgerRole role = LedgerRole.Node)
    {
        var services = builder.Services;
        services.AddSingleton<IClock>(NodaTime.SystemClock.Instance);
        services.AddLedgerLogging(builder.Configuration);

        var dataSource = LedgerStore.BuildDataSource(connectionString);
        services.AddSingleton(dataSource);
        var metrics = new Ledger.Projections.Metrics.MetricsSettings(
            NodaTime.Duration.FromDays(builder.Configuration.GetValue("Ledger:Metrics:CorrectionWindowDays", 14)));
        services.AddSingleton(metrics);
        var chunkRows = builder.Configuration.GetValue("Ledger:Import:ChunkRows", Ledger.Api.Import.ImportLimits.DefaultChunkRows);
        if (chunkRows < 1) throw new InvalidOperationException($"Ledger:Import:ChunkRows is {chunkRows}; it must be at least 1.");
        services.AddSingleton(new Ledger.Api.Import.ImportLimits(
            builder.Configuration.GetValue("Ledger:Import:MaxFileBytes", 64L * 1024 * 1024),
            builder.Configuration.GetValue("Ledger:Import:MaxRows", 250_000),
            chunkRows));
        services.AddSingleton<Ledger.Api.Import.TransferDetection>();
        services.AddSingleton<Ledger.Api.Import.StatementImporter>();
        services.AddSingleton(new Ledger.Api.Categorization.LlmCaps(
            builder.Configuration.GetValue("LLM_GLOBAL_CAP_USD", builder.Configuration.GetValue("Llm:GlobalCapUsd", 500m))));
        services.AddSingleton<Ledger.Api.Categorization.CategorizerContextLoader>();
        services.AddLedgerLlm(builder.Configuration);
        // Wolverine is registered first so its runtime is started before Marten's daemon feeds it imported transactions.
        builder.UseWolverine(opts =>
        {
            opts.ApplicationAssembly = typeof(LedgerHost).Assembly;
            opts.Policies.AutoApplyTransactions();
            opts.Policies.UseDurableLocalQueues();
            LedgerCluster.Configure(opts.Durability, role, builder.Configuration);
            opts.EnableRelayOfUserName = true;
            opts.UseSystemTextJsonForSerialization(o => o.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb));
            // Handlers and endpoints are pre-generated (src/Ledger.Api/Internal/Generated, `codegen write`) and compiled in: Roslyn
            // in the process kept a copy of every referenced assembly's image in native memory, about 150 MB of a 100,000-transaction
            // API's 600-740 MB (docs/decisions.md 36). Ledger:CodeGeneration=Dynamic brings runtime compilation back for development.
            opts.CodeGeneration.TypeLoadMode = builder.Configuration.GetValue("Ledger:CodeGeneration", TypeLoadMode.Static);
            // A decision that keeps failing goes to the dead-letter table with its exception; the rest carry on.
            opts.Policies.OnException<Exception>().RetryWithCooldown(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(500)).Then.MoveToErrorQueue();
            // One learning step at a time: a burst of labels queues several checks, and each after the first finds nothing due;
            // rule promotion and retraining both write the categorizer stream, so they take turns on one queue.
            opts.LocalQueue("learning").Sequential();
            opts.PublishMessage<RetrainIfDue>().ToLocalQueue("learning");
            opts.PublishMessage<PromoteRules>().ToLocalQueue("learning");
            // Decision batches mostly wait on the database, so more run at once than there are cores (bench-decisions, 50,000
            // transactions: 3 at once 1,565/s, 5 at once 1,587/s, 8 at once 1,591-1,773/s, 12 at once 1,830/s).
            opts.LocalQueue("decisions").MaximumParallelMessages(builder.Configuration.GetValue("Ledger:Decisions:Parallelism", 8));
            // Every message a relay sends is routed by configuration, not by the local routing convention: a node's agents can
            // run before Wolverine has discovered its local queues (Solo starts them first; a starved start-up widens the gap),
            // and a route looked up then is "no subscriber" (IndeterminateRoutesException), cached for the life of the host,
            // which paused the relay's shard for good (docs/decisions.md 49).
            opts.PublishMessage<Ledger.Api.Decisions.DecideTransactions>().ToLocalQueue("decisions");
            opts.PublishMessage<Ledger.Api.Receipts.MatchOpenReceipts>().ToLocalQueue("receipts");
        });
        // A node's async projections and subscriptions are distributed by Wolverine across the nodes on this database (each
        // runs on exactly one, and moves when its node dies); a tool runs none (LedgerCluster).
        var marten = services.AddMarten(opts =>
            {
                opts.ConfigureLedger(dataSource, metrics);
                // A tool leaves the async projections to the nodes (Disabled would print a warning into every command's output).
                if (role == LedgerRole.Tool) opts.Projections.AsyncMode = JasperFx.Events.Daemon.DaemonMode.ExternallyManaged;
            })
            .UseLightweightSessions()
            .ApplyAllDatabaseChangesOnStartup()
            .IntegrateWithWolverine(w => w.UseWolverineManagedEventSubscriptionDistribution = role == LedgerRole.Node);
        if (role == LedgerRole.Tool) return builder;
        // Operators can hold the decision pipeline (e.g. during a restore); tests use it to stage half-done work.
        if (builder.Configuration.GetValue("Ledger:Decisions:Enabled", true))
            marten.SubscribeToEvents(new Ledger.Api.Decisions.ImportedTransactionsRelay());
        // Retraining after enough new labels (the tenant's RetrainAfterLabels); off for maintenance like the decisions.
        if (builder.Configuration.GetValue("Ledger:Categorizer:AutoRetrain", true))
            marten.SubscribeToEvents(new LabelsRelay());
        // Receipts sent before their statement are matched when it is imported.
        marten.SubscribeToEvents(new Ledger.Api.Receipts.ReceiptsRelay());

        return builder;
    }

    public static WebApplicationBuilder AddLedgerApi(this WebApplicationBuilder builder, string connectionString)
    {
        builder.AddLedgerCore(connectionString);
        var services = builder.Services;
        // Statement uploads larger than Kestrel's 30 MB default are refused by our own limit with a clear 413 instead.
        var maxUpload = builder.Configuration.GetValue("Ledger:Import:MaxFileBytes", 64L * 1024 * 1024) + 1024 * 1024;
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = maxUpload);
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = maxUpload);
        services.AddWolverineHttp();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        // Framework-written problems (Results.Problem) carry the same traceId as ours and as the request's log line.
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c => c.ProblemDetails.Extensions["traceId"] = Ledger.Api.Observability.RequestTrace.Id(c.HttpContext));
        services.AddExceptionHandler<LedgerExceptionHandler>();
        services.AddOpenApi();
        services.AddHostedService<Ledger.Api.Demo.DemoBootstrap>();
        services.AddHostedService<MemoryLog>();   // off unless Ledger:Diagnostics:MemoryLogSeconds is set
        services.AddSingleton(new AuthFailureLimiter(builder.Configuration.GetValue("Ledger:Auth:MaxFailuresPerMinute", 20), TimeProvider.System));
        services.AddAuthentication(ApiTokenAuthentication.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        // The pages sign in with a cookie; their changes carry this antiforgery token (Web/AntiforgeryGuard).
        services.AddAntiforgery(o =>
        {
            o.HeaderName = Ledger.Api.Web.AntiforgeryGuard.HeaderName;
            o.Cookie.Name = "ledger_antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Reader, p => p.RequireRole(Roles.Admin, Roles.Reviewer, Roles.Auditor, Roles.Operator))
            .AddPolicy(Policies.Reviewer, p => p.RequireRole(Roles.Admin, Roles.Reviewer, Roles.Operator))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin, Roles.Operator))
            .AddPolicy(Policies.Operator, p => p.RequireRole(Roles.Operator))
            // Every endpoint needs a token unless it says [AllowAnonymous] (health checks only).
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    public static WebApplication UseLedgerApi(this WebApplication app)
    {
        // Request logging outermost: it then logs the status the exception handler actually sent (not a blanket 500).
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = app.Services.GetService<Serilog.ILogger>();   // this host's logger, not the process-wide static one
            o.EnrichDiagnosticContext = (diag, http) =>
        {
            diag.Set("Tenant", http.User.FindFirst(LedgerClaims.Tenant)?.Value ?? "-");
            diag.Set("User", http.User.Identity?.Name ?? "-");
            diag.Set("CorrelationId", http.TraceIdentifier);
            diag.Set("TraceId", Ledger.Api.Observability.RequestTrace.Id(http));   // the traceId of any ProblemDetails body
        };
        });
        app.UseExceptionHandler();
        app.UseMiddleware<NulCharacters>();
        app.UseRouting();
        app.UseHttpMetrics();   // http_request_duration_seconds etc., labelled by endpoint
        app.MapLedgerMetrics();
        app.UseAuthentication();
        app.UseMiddleware<Ledger.Api.Web.AntiforgeryGuard>();
        app.UseMiddleware<TenantBoundary>();
        app.UseAuthorization();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        Ledger.Api.Web.Pages.MapLedgerPages(app);
        app.MapWolverineEndpoints(o =>
        {
            o.TenantId.IsClaimTypeNamed(LedgerClaims.Tenant);
            // '?page=abc' is a 400 naming the value, not page 0.
            o.RejectUnparseableQueryValues = true;
            o.RejectUnparseableHeaderValues = true;
        });
        return app;
    }
}
