using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ledger.Integration.Tests.Infrastructure;

/// <summary>What the fake answers next. Content is the assistant message; RawBody replaces the whole HTTP body.</summary>
public sealed record FakeLlmReply(
    string? Content = null,
    int Status = 200,
    TimeSpan Delay = default,
    string? RawBody = null,
    int PromptTokens = 420,
    int CompletionTokens = 25);

public sealed record FakeLlmRequest(string Path, string? Authorization, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    public string AllMessages => string.Join("\n", Json.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("content").GetString()));
}

/// <summary>
/// Copied from tests/Ledger.Llm.Tests (not referenced, so the two test projects stay independent).
/// A real Kestrel server speaking the OpenAI chat.completion wire format on a free port, so the tests exercise the
/// real Semantic Kernel connector, HTTP stack, headers and JSON, not a mocked interface.
/// </summary>
public sealed class FakeOpenAi : IAsyncDisposable
{
    private readonly WebApplication _app;

    public ConcurrentQueue<FakeLlmRequest> Requests { get; } = new();
    public FakeLlmReply Reply { get; set; } = new("""{"account_code": "6100", "confidence": 0.9, "reason": "fuel"}""");
    public string BaseUrl { get; private set; } = "";

    /// <summary>The endpoint to configure: the connector appends /chat/completions.</summary>
    public string Endpoint => BaseUrl + "/v1";

    private FakeOpenAi()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/v1/chat/completions", HandleAsync);
    }

    public static async Task<FakeOpenAi> StartAsync()
    {
        var server = new FakeOpenAi();
        await server._app.StartAsync();
        server.BaseUrl = server._app.Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return server;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
        Requests.Enqueue(new FakeLlmRequest(http.Request.Path, http.Request.Headers.Authorization.ToString(), body));
        var reply = Reply;
        if (reply.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(reply.Delay, http.RequestAborted); }
            catch (OperationCanceledException) { return; } // the client gave up, as it should
        }
        http.Response.StatusCode = reply.Status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(reply.RawBody ?? (reply.Status == 200 ? Completion(reply) : ErrorBody(reply.Status)));
    }

    private static string Completion(FakeLlmReply r) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-fake-1",
        @object = "chat.completion",
        created = 1_767_225_600,
        model = "fake-gpt",
        choices = new[] { new { index = 0, message = new { role = "assistant", content = r.Content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = r.PromptTokens, completion_tokens = r.CompletionTokens, total_tokens = r.PromptTokens + r.CompletionTokens },
    });

    private static string ErrorBody(int status) =>
        JsonSerializer.Serialize(new { error = new { message = $"fake failure {status}", type = "server_error", code = (string?)null } });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
