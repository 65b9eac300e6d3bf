using JasperFx.CommandLine;
using Ledger.Api.Hosting;
using Ledger.Domain;
using Ledger.Domain.Statements;
using Ledger.Projections.Tenants;
using Marten;

namespace Ledger.Jobs.Commands;

/// <summary>
/// Every operator command: a refusal the operator can act on (a bad file, an unknown tenant, a missing setting) is one line on
/// stderr and a non-zero exit, never a stack trace. An unexpected failure is one line too; LEDGER_TRACE=1 prints its trace.
/// </summary>
public abstract class OperatorCommand<T> : JasperFxAsyncCommand<T>
{
    protected abstract Task<bool> Run(T input);

    public sealed override async Task<bool> Execute(T input)
    {
        try
        {
            return await Run(input);
        }
        catch (Exception e) when (Refusal(e) is { } line)
        {
            Console.Error.WriteLine(line);
            return false;
        }
    }

    /// <summary>The one line for a failure, or null to let it surface whole (only when LEDGER_TRACE=1 asks for traces).</summary>
    static string? Refusal(Exception e) => e switch
    {
        StatementFormatException f => $"refused, nothing imported: {f.Errors.Count} bad row(s); first: " +
                                      string.Join("; ", f.Errors.Take(3).Select(x => $"{x.File}:{x.Line} {x.Field}: {x.Message}")),
        DomainException or DatabaseSetupException => $"refused: {e.Message}",
        FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException => $"error: {e.Message}",
        _ when Environment.GetEnvironmentVariable("LEDGER_TRACE") == "1" => null,
        _ => $"failed: {e.GetType().Name}: {e.Message.Split('\n')[0].Trim()} (LEDGER_TRACE=1 prints the stack trace)",
    };

    /// <summary>Commands that act on one tenant refuse an empty or unknown id before doing anything.</summary>
    protected static async Task<Tenant> RequireTenantAsync(IHost host, string tenantId)
    {
        if (string.IsNullOrWhiteSpace(tenantId)) throw new DomainException("--tenant <id> is required.");
        var store = host.Services.GetRequiredService<IDocumentStore>();
        await using (var own = store.QuerySession(tenantId))
            if (await own.LoadAsync<Tenant>(tenantId) is { } tenant) return tenant;
        await using var all = store.QuerySession();
        var known = await all.Query<Tenant>().Where(x => x.AnyTenant()).Select(x => x.Id).ToListAsync();
        throw new DomainException($"Unknown tenant '{tenantId}'. " + (known.Count == 0
            ? "This database has no tenants yet (onboard one first)."
            : $"Tenants here: {string.Join(", ", known.Order().Take(10))}{(known.Count > 10 ? ", ..." : "")}."));
    }
}
