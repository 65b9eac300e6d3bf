using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Ledger.Api.Hosting;

/// <summary>
/// Consoles are for people: a summary at Information, no line per decision. Each gate decision goes to its own rolling
/// JSON file (<c>decisions-YYYYMMDD.json</c> under <c>Ledger:AuditLog:Folder</c>, default <c>.ledger/logs</c>) whatever
/// the console shows; with <c>Serilog:MinimumLevel:Default=Debug</c> the console shows them too. Outcomes a client caused
/// and was told about (a 409 on a stale version, a unique key a racing writer took) are not errors of the service.
/// </summary>
public static class LedgerLogging
{
    /// <summary>The EventId name <see cref="Decisions.DecisionAuditLog"/> writes with; the audit file takes exactly these.</summary>
    public const string DecisionAuditEvent = "DecisionAudit";

    public static IServiceCollection AddLedgerLogging(this IServiceCollection services, IConfiguration configuration)
    {
        var consoleLevel = configuration.GetValue("Serilog:MinimumLevel:Default", LogEventLevel.Information);
        var folder = AuditFolder(configuration);
        // The audit lines name tenants, transactions and amounts: the folder is its owner's alone, like the token file.
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        services.AddSerilog((sp, lc) => lc
            .ReadFrom.Configuration(configuration)
            // Decisions are logged at Debug: they must reach the audit file even when everything else is at Information.
            .MinimumLevel.Override("Ledger.Api.Decisions", LogEventLevel.Debug)
            .Enrich.FromLogContext()
            .Filter.ByExcluding(IsExpectedOutcome)
            .WriteTo.Console(restrictedToMinimumLevel: consoleLevel,
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}")
            .WriteTo.Logger(audit => audit
                .Filter.ByIncludingOnly(IsDecisionAudit)
                .WriteTo.File(new CompactJsonFormatter(), Path.Combine(folder, "decisions-.json"), rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: configuration.GetValue("Ledger:AuditLog:RetainedDays", 400), buffered: true,
                    flushToDiskInterval: TimeSpan.FromSeconds(2)))
            // An extra sink when one is registered (the tests capture log events with it); none in production.
            .WriteTo.Sink(sp.GetService<ILogEventSink>() ?? new NoSink()),
            // Each host keeps its own logger: with several hosts in one process (tests) the static one would be shared.
            preserveStaticLogger: true);
        return services;
    }

    public static string AuditFolder(IConfiguration configuration) =>
        configuration["Ledger:AuditLog:Folder"] ?? Path.Combine(StateFolder(configuration), "logs");

    /// <summary>Local state beside the checkout (.ledger): the demo's token file, the audit logs, the embedded database.</summary>
    public static string StateFolder(IConfiguration configuration) =>
        configuration["Ledger:StateFolder"] ?? Path.Combine(DatabaseLocation.RepositoryRoot(), ".ledger");

    public static bool IsDecisionAudit(LogEvent e) =>
        e.Properties.TryGetValue("EventId", out var id) && id is StructureValue s
        && s.Properties.Any(p => p.Name == "Name" && p.Value is ScalarValue { Value: DecisionAuditEvent });

    /// <summary>
    /// Marten logs every failed command at Error with its SQL, before anyone decides whether the failure was expected. A stale
    /// version (answered 409) or a key a racing writer took (the export and import retry on it) is an outcome, not a fault:
    /// the request's own log line records it. Wolverine logs each failed attempt of a message the same way; a decision batch
    /// that collided with another writer on a stream version is retried on fresh facts (and split, then dead-lettered with its
    /// reason, if it keeps failing), so only those attempts (event 105) are left out. Wolverine logs them under the message
    /// type's name (e.g. Ledger.Api.Decisions.DecideTransactions), so the event id, not the source, identifies them.
    /// </summary>
    static bool IsExpectedOutcome(LogEvent e) =>
        e.Level >= LogEventLevel.Error && e.Exception is { } x && Expected(x)
        && (IsSource(e, "Marten") || EventIdOf(e) == FailedAttempt);

    const int FailedAttempt = 105;

    static int? EventIdOf(LogEvent e) =>
        e.Properties.TryGetValue("EventId", out var id) && id is StructureValue s
        && s.Properties.FirstOrDefault(p => p.Name == "Id")?.Value is ScalarValue { Value: int n } ? n : null;

    static bool Expected(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            if (x is JasperFx.ConcurrencyException or Marten.Exceptions.StreamLockedException) return true;
            // 23505: a key a racing writer took; MT003: Marten's stream version check (a stale version, answered 409); 40P01: a
            // deadlock the importer re-plans.
            if (x is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation or "MT003" or Npgsql.PostgresErrorCodes.DeadlockDetected })
                return true;
            if (x.GetType().Name is "ExistingStreamIdCollisionException" or "DocumentAlreadyExistsException") return true;
        }
        return false;
    }

    static bool IsSource(LogEvent e, string prefix) =>
        e.Properties.TryGetValue(Constants.SourceContextPropertyName, out var v) && v is ScalarValue { Value: string s }
        && s.StartsWith(prefix, StringComparison.Ordinal);
}

/// <summary>Stands in for the optional extra sink so the Serilog configuration stays one expression.</summary>
sealed class NoSink : ILogEventSink
{
    public void Emit(LogEvent logEvent) { }
}
