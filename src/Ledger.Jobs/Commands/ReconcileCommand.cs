using JasperFx.CommandLine;
using Ledger.Api.Reconciliation;
using Ledger.Domain.Reconciliation;
using Marten;
using NodaTime;

namespace Ledger.Jobs.Commands;

public class ReconcileInput : NetCoreInput
{
    [Description("Tenant id")]
    public string TenantFlag { get; set; } = "";

    [Description("Chart code of the bank or card account, e.g. 1000")]
    public string AccountFlag { get; set; } = "";

    [Description("Statement closing date (yyyy-MM-dd); the latest statement when left out")]
    public string? DateFlag { get; set; }

    [Description("Record the reconciliation (AccountReconciled) with the figures shown, as --by")]
    public bool MarkFlag { get; set; }

    [Description("Who marks it (recorded); default cli")]
    public string ByFlag { get; set; } = "cli";
}

[Description("Reconcile a bank or card account against its statement: bank and book balance, difference, each item explained; --mark records it",
    Name = "reconcile")]
public class ReconcileCommand : OperatorCommand<ReconcileInput>
{
    protected override async Task<bool> Run(ReconcileInput input)
    {
        using var host = input.BuildHost();
        await RequireTenantAsync(host, input.TenantFlag);
        await using var session = host.Services.GetRequiredService<IDocumentStore>().LightweightSession(input.TenantFlag);
        var date = Ledger.Api.QueryValues.Date(input.DateFlag, "--date");
        var checks = await GetStatementsEndpoint.ChecksAsync(session, input.AccountFlag, CancellationToken.None);
        foreach (var c in checks)
            Console.WriteLine($"statement {c.FileName}: {c.FirstLine:uuuu-MM-dd}..{c.LastLine:uuuu-MM-dd} closing {c.StatedClosing:0.00} on {c.ClosingDate:uuuu-MM-dd}: {c.Status}" +
                              string.Concat(c.Notes.Select(n => $"; {n}")));
        var r = await AccountReconciliation.ReportAsync(session, input.AccountFlag, date, CancellationToken.None);
        Print(r);
        if (!input.MarkFlag) return true;
        var clock = host.Services.GetRequiredService<IClock>();
        var marked = await AccountReconciliation.MarkAsync(session, input.AccountFlag, new MarkReconciled(r.StatementDate, r.BankBalance, r.BookBalance, null),
            input.ByFlag, clock.GetCurrentInstant(), CancellationToken.None);
        Console.WriteLine($"recorded: {marked.BankAccountCode} reconciled on {marked.StatementDate:uuuu-MM-dd} by {marked.By}, difference {marked.Difference:0.00}");
        return true;
    }

    /// <summary>The figures first, then the items grouped by kind (each kind's first few lines), so a quarter's queue stays readable.</summary>
    public static void Print(ReconciliationReport r)
    {
        Console.WriteLine($"{r.BankAccountCode} on {r.StatementDate:uuuu-MM-dd}: bank {r.BankBalance:N2}, book {r.BookBalance:N2} (opening entries {r.OpeningEntries:N2}), " +
                          $"difference {r.Difference:N2}; {r.MatchedLines} of {r.BankLines} bank lines booked; unexplained {r.Unexplained:N2}");
        foreach (var g in r.Items.GroupBy(i => i.Kind))
        {
            Console.WriteLine($"  {g.Key}: {g.Count()} item(s), {g.Sum(i => i.Effect):N2}");
            foreach (var i in g.Take(3)) Console.WriteLine($"    {i.Explanation}");
        }
    }
}
