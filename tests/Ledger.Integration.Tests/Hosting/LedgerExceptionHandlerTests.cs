using Ledger.Api.Hosting;
using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;

namespace Ledger.Integration.Tests.Hosting;

public class LedgerExceptionHandlerTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    /// <summary>
    /// Found by the tenant attack suite on the receipts policy (issue #16): two first changes at once both start the
    /// stream, and the loser's ExistingStreamIdCollisionException answered 500. A lost race is a 409.
    /// </summary>
    [Fact]
    public async Task A_stream_started_twice_at_once_answers_409()
    {
        var at = app.Clock.GetCurrentInstant();
        async Task StartAsync()
        {
            await using var session = app.Store.LightweightSession("race-tenant");
            session.Events.StartStream<OperatorLog>("race-stream", new ApiTokenIssued(Guid.NewGuid(), new string('0', 64), Roles.Auditor, "x", "test", at));
            await session.SaveChangesAsync();
        }
        await StartAsync();
        var collision = await Assert.ThrowsAsync<Marten.Exceptions.ExistingStreamIdCollisionException>(StartAsync);
        Assert.Equal(409, LedgerExceptionHandler.Classify(collision).Status);
    }
}
