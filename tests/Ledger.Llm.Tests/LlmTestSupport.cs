using Ledger.Api.Categorization;
using Ledger.Domain.Accounts;
using Ledger.Domain.Categorization.Llm;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ledger.Llm.Tests;

/// <summary>One fake server per test (xunit makes a class instance per test), so scripts and recorded requests never mix.</summary>
public abstract class FakeServerTest : IAsyncLifetime
{
    protected const string ApiKey = "test-key-123";
    protected const string Model = "fake-gpt";

    protected FakeOpenAiServer Server { get; private set; } = null!;

    protected static readonly IReadOnlyList<ChartAccount> Chart =
    [
        new("1000", "Business Checking", AccountType.Asset),
        new("6100", "Fuel", AccountType.Expense, "Vehicle"),
        new("6200", "Meals and Entertainment", AccountType.Expense),
    ];

    protected static LlmRequest Request(string description = "SHELL OIL 57442") => new("t1", description, "card 1234", -42.10m, "Business Checking", Chart);

    public async Task InitializeAsync() => Server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    protected LlmOptions Options(double timeoutSeconds = 10) => new()
    {
        Endpoint = Server.Endpoint,
        Model = Model,
        ApiKey = ApiKey,
        TimeoutSeconds = timeoutSeconds,
        InputPerMillionUsd = 0.15m,
        OutputPerMillionUsd = 0.60m,
    };

    protected static SemanticKernelLlmCategorizer Categorizer(LlmOptions options) =>
        new(Microsoft.Extensions.Options.Options.Create(options), NullLogger<SemanticKernelLlmCategorizer>.Instance);

    protected static string Answer(string code, double confidence = 0.9) =>
        $$"""{"account_code": "{{code}}", "confidence": {{confidence.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "reason": "Shell sells fuel"}""";
}
