using JasperFx.CommandLine;
using Ledger.Domain.Accounts;
using Ledger.Projections.Tenants;
using Marten;
using NodaTime;

namespace Ledger.Jobs.Commands;

public class AccountsInput : NetCoreInput
{
    [Description("list (the chart) or add (one account)")] public string Action { get; set; } = "list";
    [Description("Tenant id")] public string TenantFlag { get; set; } = "";
    [Description("Chart code of the new account, e.g. 6450")] public string? CodeFlag { get; set; }
    [Description("Name of the new account, e.g. \"Software Subscriptions\"")] public string? NameFlag { get; set; }
    [Description("Asset, Liability, Equity, Income or Expense")] public string? TypeFlag { get; set; }
    [Description("Name of the parent account, for a sub-account")] public string? ParentFlag { get; set; }
    [Description("Who adds it (recorded)")] public string ByFlag { get; set; } = Environment.UserName;
}

/// <summary>The chart an import or a label file must fit: list it, or add the account a file names and the chart lacks.</summary>
[Description("List a tenant's chart of accounts, or add an account to it", Name = "accounts")]
public class AccountsCommand : OperatorCommand<AccountsInput>
{
    protected override async Task<bool> Run(AccountsInput input)
    {
        using var host = input.BuildHost();
        var tenant = await RequireTenantAsync(host, input.TenantFlag);
        if (input.Action == "list")
        {
            foreach (var a in tenant.Chart) Console.WriteLine($"{a.Code,-8} {a.Type,-10} {a.QualifiedName}");
            return true;
        }
        if (input.Action != "add") throw new Ledger.Domain.DomainException($"accounts {input.Action}: say 'accounts list' or 'accounts add'.");
        await using var session = host.Services.GetRequiredService<IDocumentStore>().LightweightSession(tenant.Id);
        var stream = await session.Events.FetchForWriting<Tenant>(tenant.Id);
        var added = ChartChanges.Add(tenant.Id, stream.Aggregate!.Chart, input.CodeFlag, input.NameFlag, input.TypeFlag, input.ParentFlag, input.ByFlag,
            host.Services.GetRequiredService<IClock>().GetCurrentInstant());
        stream.AppendOne(added);
        await session.SaveChangesAsync();
        Console.WriteLine($"Added {added.Account.Code} {added.Account.QualifiedName} ({added.Account.Type}) to {tenant.Id}'s chart.");
        return true;
    }
}
