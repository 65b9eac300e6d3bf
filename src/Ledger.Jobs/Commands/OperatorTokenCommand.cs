using JasperFx.CommandLine;
using Ledger.Api.Tenants;
using Marten;
using NodaTime;

namespace Ledger.Jobs.Commands;

public class OperatorTokenInput : NetCoreInput
{
    [Description("Who the operator token is for")]
    public string NameFlag { get; set; } = "operator";
}

/// <summary>The first operator token can only come from someone with database access: this command.</summary>
[Description("Issue an operator token (works across tenants)", Name = "operator-token")]
public class OperatorTokenCommand : OperatorCommand<OperatorTokenInput>
{
    protected override async Task<bool> Run(OperatorTokenInput input)
    {
        using var host = input.BuildHost();
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var token = await OperatorTokens.IssueAsync(store, input.NameFlag, "cli", host.Services.GetRequiredService<IClock>().GetCurrentInstant());
        Console.WriteLine($"Operator token for {input.NameFlag} (shown once): {token}");
        return true;
    }
}
