using System.Diagnostics;
using Ledger.Domain.Categorization.Llm;

namespace Ledger.Llm.Tests;

/// <summary>Every failure comes back as NotUsed; none of these may throw.</summary>
public class DegradingTests : FakeServerTest
{
    [Fact]
    public async Task A_made_up_account_code_is_not_used_but_its_tokens_and_cost_are_reported()
    {
        Server.Reply = new FakeReply(Answer("6150"), PromptTokens: 1000, CompletionTokens: 100);

        var outcome = await Categorizer(Options()).CategorizeAsync(Request(), CancellationToken.None);

        var notUsed = Assert.IsType<LlmOutcome.NotUsed>(outcome);
        Assert.StartsWith("invalid_answer: unknown account code '6150'", notUsed.Reason);
        Assert.Equal((1000, 100, 0.00021m), (notUsed.PromptTokens, notUsed.CompletionTokens, notUsed.CostUsd));
        Assert.True(notUsed.CallMade);
    }

    [Fact]
    public async Task Prose_instead_of_json_is_an_invalid_answer_with_cost()
    {
        Server.Reply = new FakeReply("It's probably fuel.", PromptTokens: 300, CompletionTokens: 6);

        var notUsed = Assert.IsType<LlmOutcome.NotUsed>(await Categorizer(Options()).CategorizeAsync(Request(), CancellationToken.None));

        Assert.Equal("invalid_answer: no JSON object in reply", notUsed.Reason);
        Assert.Equal(300, notUsed.PromptTokens);
    }

    [Fact]
    public async Task A_delay_beyond_the_timeout_is_a_timeout_within_about_the_timeout()
    {
        Server.Reply = new FakeReply(Answer("6100"), Delay: TimeSpan.FromSeconds(30));
        var watch = Stopwatch.StartNew();

        var outcome = await Categorizer(Options(timeoutSeconds: 1)).CategorizeAsync(Request(), CancellationToken.None);

        Assert.Equal("timeout", Assert.IsType<LlmOutcome.NotUsed>(outcome).Reason);
        // The server would answer after 30 s: giving up well before that is the behaviour (bounds loose for a busy CI machine).
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.True(outcome.CallMade); // sent, so it is recorded, with unknown (zero) tokens
    }

    [Fact]
    public async Task Http_500_is_an_error_without_retries()
    {
        Server.Reply = new FakeReply(Status: 500);

        var outcome = await Categorizer(Options()).CategorizeAsync(Request(), CancellationToken.None);

        Assert.Equal("error: http 500", Assert.IsType<LlmOutcome.NotUsed>(outcome).Reason);
        Assert.Single(Server.Requests); // a retry would be paid twice and blow the time limit
    }

    [Fact]
    public async Task A_broken_http_body_is_an_error()
    {
        Server.Reply = new FakeReply(RawBody: "{\"choices\": [ this is not json");

        var outcome = await Categorizer(Options()).CategorizeAsync(Request(), CancellationToken.None);

        Assert.StartsWith("error: ", Assert.IsType<LlmOutcome.NotUsed>(outcome).Reason);
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_an_error()
    {
        var options = Options();
        options.Endpoint = "http://127.0.0.1:9/v1"; // discard port: connection refused

        var outcome = await Categorizer(options).CategorizeAsync(Request(), CancellationToken.None);

        Assert.StartsWith("error: ", Assert.IsType<LlmOutcome.NotUsed>(outcome).Reason);
    }

    [Fact]
    public async Task Caller_cancellation_is_reported_not_thrown()
    {
        Server.Reply = new FakeReply(Answer("6100"), Delay: TimeSpan.FromSeconds(30));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var outcome = await Categorizer(Options()).CategorizeAsync(Request(), cts.Token);

        Assert.Equal("error: cancelled", Assert.IsType<LlmOutcome.NotUsed>(outcome).Reason);
    }
}
