using Ledger.Domain.Categorization.Llm;

namespace Ledger.Llm.Tests;

public class AnsweringTests : FakeServerTest
{
    [Fact]
    public async Task A_valid_answer_is_answered_with_tokens_and_cost_from_usage()
    {
        Server.Reply = new FakeReply(Answer("6100", 0.87), PromptTokens: 420, CompletionTokens: 25);

        var outcome = await Categorizer(Options()).CategorizeAsync(Request(), CancellationToken.None);

        var answered = Assert.IsType<LlmOutcome.Answered>(outcome);
        Assert.Equal(("6100", 0.87, "Shell sells fuel"), (answered.AccountCode, answered.Confidence, answered.Reason));
        Assert.Equal((Model, 420, 25), (answered.Model, answered.PromptTokens, answered.CompletionTokens));
        Assert.Equal(0.000078m, answered.CostUsd); // 420 * 0.15/1e6 + 25 * 0.60/1e6
        Assert.True(answered.Latency > NodaTime.Duration.Zero);
        Assert.NotEqual(Guid.Empty, answered.CallId);
    }

    [Fact]
    public async Task The_request_carries_chart_transaction_key_model_and_settings()
    {
        await Categorizer(Options()).CategorizeAsync(Request(), CancellationToken.None);

        var request = Assert.Single(Server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal($"Bearer {ApiKey}", request.Authorization);
        var json = request.Json;
        Assert.Equal(Model, json.GetProperty("model").GetString());
        Assert.Equal(0, json.GetProperty("temperature").GetDouble());
        Assert.Equal(200, json.GetProperty("max_completion_tokens").GetInt32());
        Assert.Equal("json_object", json.GetProperty("response_format").GetProperty("type").GetString());

        var roles = json.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("role").GetString());
        Assert.Equal(["system", "user"], roles);
        Assert.Contains("Meals and Entertainment", request.AllMessages);
        Assert.Contains("6100 | Vehicle:Fuel | Expense", request.AllMessages);
        Assert.Contains("SHELL OIL 57442", request.AllMessages);
    }

    [Fact]
    public async Task Json_response_format_can_be_switched_off_for_servers_that_reject_it()
    {
        var options = Options();
        options.JsonResponseFormat = false;
        await Categorizer(options).CategorizeAsync(Request(), CancellationToken.None);

        Assert.False(Assert.Single(Server.Requests).Json.TryGetProperty("response_format", out _));
    }

    [Fact]
    public async Task A_fenced_answer_with_chatter_is_still_used()
    {
        Server.Reply = new FakeReply("Here you go:\n```json\n" + Answer("6200") + "\n```");

        var outcome = await Categorizer(Options()).CategorizeAsync(Request(), CancellationToken.None);

        Assert.Equal("6200", Assert.IsType<LlmOutcome.Answered>(outcome).AccountCode);
    }
}
