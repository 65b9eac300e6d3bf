using Ledger.Api.Categorization;
using Ledger.Domain.Categorization.Llm;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ledger.Llm.Tests;

/// <summary>A provider that keeps failing is left alone for a cool-down, then tried once more.</summary>
public class CircuitBreakerTests : FakeServerTest
{
    LlmOptions Breaking(double timeoutSeconds = 10) =>
        new() { Endpoint = Server.Endpoint, Model = Model, ApiKey = ApiKey, TimeoutSeconds = timeoutSeconds, BreakAfterFailures = 3, BreakSeconds = 1 };

    [Fact]
    public async Task Failures_in_a_row_open_the_breaker_no_request_is_sent_while_open_and_an_answer_after_the_cool_down_closes_it()
    {
        var llm = Categorizer(Breaking());
        Server.Reply = new FakeReply(Status: 500);

        for (var i = 0; i < 3; i++) Assert.Equal("error: http 500", Assert.IsType<LlmOutcome.NotUsed>(await llm.CategorizeAsync(Request(), default)).Reason);
        Assert.Equal("open", llm.CircuitState);
        Assert.NotNull(llm.OpenUntil);

        for (var i = 0; i < 5; i++)
        {
            var refused = Assert.IsType<LlmOutcome.NotUsed>(await llm.CategorizeAsync(Request(), default));
            Assert.Equal(LlmNotUsedReasons.Unavailable, refused.Reason);
            Assert.False(refused.CallMade);   // nothing sent, nothing to pay or record
        }
        Assert.Equal(3, Server.Requests.Count);

        Server.Reply = new FakeReply(Answer("6100"));
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.IsType<LlmOutcome.Answered>(await llm.CategorizeAsync(Request(), default));
        Assert.Equal("closed", llm.CircuitState);
        Assert.Null(llm.OpenUntil);
        Assert.Equal(4, Server.Requests.Count);
    }

    [Fact]
    public async Task A_hung_provider_costs_the_timeout_only_until_the_breaker_opens()
    {
        var llm = Categorizer(Breaking(timeoutSeconds: 0.5));
        Server.Reply = new FakeReply(Answer("6100"), Delay: TimeSpan.FromSeconds(30));

        var outcomes = new List<LlmOutcome>();
        for (var i = 0; i < 10; i++) outcomes.Add(await llm.CategorizeAsync(Request(), default));

        // Failed once in CI under load with 2 timeouts instead of 3 (not reproduced alone): the reasons say what the third was.
        var reasons = string.Join(", ", outcomes.Select(o => o is LlmOutcome.NotUsed n ? n.Reason : o.GetType().Name));
        Assert.True(outcomes.Count(o => o is LlmOutcome.NotUsed { Reason: LlmNotUsedReasons.Timeout }) == 3, reasons);
        Assert.True(outcomes.Count(o => o is LlmOutcome.NotUsed { Reason: LlmNotUsedReasons.Unavailable }) == 7, reasons);
        Assert.Equal(3, Server.Requests.Count);
    }

    [Fact]
    public async Task An_unusable_answer_is_not_a_provider_failure_and_does_not_open_the_breaker()
    {
        var llm = Categorizer(Breaking());
        Server.Reply = new FakeReply("It's probably fuel.");

        for (var i = 0; i < 5; i++) Assert.StartsWith("invalid_answer", Assert.IsType<LlmOutcome.NotUsed>(await llm.CategorizeAsync(Request(), default)).Reason);
        Assert.Equal("closed", llm.CircuitState);
        Assert.Equal(5, Server.Requests.Count);
    }
}

/// <summary>The start-up line says whether the LLM is on, and warns when its prices would keep every cap from tripping.</summary>
public class LlmStartupReportTests
{
    sealed class Lines : ILogger<LlmStartupReport>
    {
        public List<(LogLevel Level, string Text)> Written { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel level, EventId id, TState state, Exception? e, Func<TState, Exception?, string> format) => Written.Add((level, format(state, e)));
    }

    static List<(LogLevel Level, string Text)> Report(LlmOptions options)
    {
        var log = new Lines();
        new LlmStartupReport(Microsoft.Extensions.Options.Options.Create(options), new LlmCaps(500m), log).StartAsync(default).GetAwaiter().GetResult();
        return log.Written;
    }

    [Fact]
    public void Not_configured_says_so_in_one_line()
    {
        var lines = Report(new LlmOptions());
        var line = Assert.Single(lines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Contains("LLM fallback: off", line.Text);
    }

    [Fact]
    public void Configured_with_prices_of_zero_warns_that_no_cap_can_trip()
    {
        var lines = Report(new LlmOptions { Endpoint = "http://127.0.0.1:9/v1", Model = "m", ApiKey = "secret-key" });
        Assert.Contains(lines, l => l.Level == LogLevel.Information && l.Text.Contains("LLM fallback: m at http://127.0.0.1:9"));
        Assert.Contains(lines, l => l.Level == LogLevel.Warning && l.Text.Contains("no tenant or global cap can ever trip"));
        Assert.DoesNotContain(lines, l => l.Text.Contains("secret-key"));

        var priced = Report(new LlmOptions { Endpoint = "http://127.0.0.1:9/v1", Model = "m", InputPerMillionUsd = 0.15m });
        Assert.DoesNotContain(priced, l => l.Level == LogLevel.Warning);
    }
}
