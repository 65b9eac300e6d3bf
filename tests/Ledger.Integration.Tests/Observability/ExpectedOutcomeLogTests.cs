using Ledger.Integration.Tests.Review;
using Serilog.Events;

namespace Ledger.Integration.Tests.Observability;

/// <summary>A 409 or 400 the client was told about is an outcome, not a fault of the service: nothing at Error in the log.</summary>
public class ExpectedOutcomeLogTests(LoggedLedgerApp app) : IClassFixture<LoggedLedgerApp>
{
    [Fact]
    public async Task Racing_reviewers_and_bad_queries_log_no_error()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Quiet Race Co");
        var coffee = await desk.QueuedAsync("SQ *BLUE BOTTLE");
        var errorsBefore = app.Events.Count(e => e.Level >= LogEventLevel.Error);

        // Five reviewers approve the same version at once: one wins, the others are told it changed.
        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            ReviewDesk.ActAsync(app.Client(desk.Tenant.AdminToken), coffee.TransactionId, "approve", new { version = coffee.Version })));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.True(a.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest));

        // A query value that does not parse is refused, not silently read as its default.
        var page = await desk.Admin.GetAsync("/api/review/queue?page=abc");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var minP = await desk.Admin.GetAsync("/api/review/queue?minP=high");
        Assert.Equal(HttpStatusCode.BadRequest, minP.StatusCode);

        await Task.Delay(500);   // request log lines are written as responses complete
        var errors = app.Events.Where(e => e.Level >= LogEventLevel.Error).Skip(errorsBefore)
            .Select(e => $"{e.Properties.GetValueOrDefault("SourceContext")} {e.Exception?.GetType().FullName} {(e.Exception as Npgsql.PostgresException)?.SqlState} {(e.Exception as Npgsql.PostgresException)?.MessageText}: {e.RenderMessage()[..Math.Min(200, e.RenderMessage().Length)]}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
