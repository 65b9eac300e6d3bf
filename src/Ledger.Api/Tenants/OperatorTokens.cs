using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using Marten;
using NodaTime;

namespace Ledger.Api.Tenants;

/// <summary>Operator tokens live in the operators' own stream; nobody without database access can mint the first one.</summary>
public static class OperatorTokens
{
    public static async Task<string> IssueAsync(IDocumentStore store, string name, string issuedBy, Instant now)
    {
        var token = ApiTokens.NewToken();
        var issued = new ApiTokenIssued(Guid.NewGuid(), ApiTokens.Hash(token), Roles.Operator, name, issuedBy, now);
        await using var session = store.LightweightSession(Roles.OperatorsTenant);
        var state = await session.Events.FetchStreamStateAsync(Roles.OperatorsTenant);
        if (state is null) session.Events.StartStream<OperatorLog>(Roles.OperatorsTenant, issued);
        else session.Events.Append(Roles.OperatorsTenant, issued);
        await session.SaveChangesAsync();
        return token;
    }
}
