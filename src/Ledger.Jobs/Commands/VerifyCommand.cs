using JasperFx.CommandLine;
using Ledger.Api.Audit;
using Marten;

namespace Ledger.Jobs.Commands;

public class VerifyInput : NetCoreInput
{
    [Description("Tenant id")]
    public string TenantFlag { get; set; } = "";
}

[Description("Replay every recorded gate decision of a tenant from its recorded inputs and report mismatches", Name = "verify")]
public class VerifyCommand : OperatorCommand<VerifyInput>
{
    protected override async Task<bool> Run(VerifyInput input)
    {
        using var host = input.BuildHost();
        // An unknown or missing tenant has nothing to replay: "0 mismatches" would read as a clean audit.
        await RequireTenantAsync(host, input.TenantFlag);
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession(input.TenantFlag);
        var loader = host.Services.GetRequiredService<Ledger.Api.Categorization.CategorizerContextLoader>();
        var report = await VerifyDecisions.RunAsync(session, loader, null, null, CancellationToken.None);
        Console.WriteLine($"{report.TenantId}: {report.Checked} gate decisions replayed, {report.Mismatches} mismatches");
        foreach (var m in report.Details)
            Console.WriteLine($"  event {m.EventId} (transaction {m.TransactionId}): recorded autopost={m.Recorded.AutoPost} [{string.Join(',', m.Recorded.Reasons)}], recomputed autopost={m.Recomputed.AutoPost} [{string.Join(',', m.Recomputed.Reasons)}]");
        var p = report.Proposals;
        Console.WriteLine($"{report.TenantId}: {p.Checked} proposals recomputed, {p.Mismatches} proposal mismatches" +
                          (p.NotRecomputable > 0 ? $" ({p.NotRecomputable} recorded before their inputs were, not recomputed)" : ""));
        foreach (var m in p.Details)
            Console.WriteLine($"  event {m.EventId} (transaction {m.TransactionId}) differs in {string.Join(", ", m.Fields)}:\n    recorded   {m.Recorded}\n    recomputed {m.Recomputed}");
        return report.Mismatches == 0 && p.Mismatches == 0;
    }
}
