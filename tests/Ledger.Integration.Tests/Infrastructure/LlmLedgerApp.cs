using Ledger.Llm.Tests;
using Microsoft.AspNetCore.Hosting;

namespace Ledger.Integration.Tests.Infrastructure;

/// <summary>
/// The API host with the LLM fallback pointed at a fake OpenAI-compatible server on 127.0.0.1, started first so its port
/// can go into the configuration. Pricing makes every call cost <see cref="CallCostUsd"/>: two calls spend past the
/// starter template's $50 monthly cap, so a test sees the cap switch a tenant to fallback after a handful of decisions.
/// </summary>
public class LlmLedgerApp : LedgerApp
{
    public const decimal CallCostUsd = 30m;
    public const int PromptTokens = 1000;
    public const string Model = "fake-gpt";
    public const string ApiKey = "test-llm-key";

    public FakeOpenAiServer Llm { get; private set; } = null!;

    /// <summary>Installation-wide cap; subclasses lower it to test the global cap.</summary>
    protected virtual decimal GlobalCapUsd => 500m;

    public override async Task InitializeAsync()
    {
        Llm = await FakeOpenAiServer.StartAsync();
        await base.InitializeAsync();
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Llm:Endpoint", Llm.Endpoint);
        builder.UseSetting("Llm:Model", Model);
        builder.UseSetting("Llm:ApiKey", ApiKey);
        builder.UseSetting("Llm:TimeoutSeconds", "2");
        // 1000 prompt tokens at $30,000 per million = $30; the fake's replies carry no completion tokens.
        builder.UseSetting("Llm:InputPerMillionUsd", "30000");
        builder.UseSetting("Llm:OutputPerMillionUsd", "0");
        builder.UseSetting("Llm:GlobalCapUsd", GlobalCapUsd.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Llm.DisposeAsync();
    }

    public static string Answer(string code, double confidence = 0.95) =>
        $$"""{"account_code": "{{code}}", "confidence": {{confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "reason": "test answer"}""";

    public static FakeReply Reply(string code, double confidence = 0.95) => new(Answer(code, confidence), PromptTokens: PromptTokens, CompletionTokens: 0);
}

/// <summary>The same, with an installation-wide cap of $40: the second call (global spend $60) hits it before the tenant's $50.</summary>
public sealed class GlobalCapLlmLedgerApp : LlmLedgerApp
{
    protected override decimal GlobalCapUsd => 40m;
}
