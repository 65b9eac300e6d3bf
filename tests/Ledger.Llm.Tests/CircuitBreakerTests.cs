using Ledger.Api.Categorization;
using Ledger.Domain.Categorization.Llm;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ledger.Llm.Tests;

/// <summary>A provider that keeps failing is left alone for a cool-down, then tried once more.</summary>
public class CircuitBreakerTests : FakeServerTest
{
    LlmOptions Breaking(double timeoutSeconds = 10, double breakSeconds = 1) =>
        new() { Endpoint = Server.Endpoint, Model = Model, ApiKey = ApiKey, TimeoutSeconds = timeoutSeconds, BreakAfterFailures = 3, BreakSeconds = breakSeconds };

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

    /// <summary>
    /// Under load (20-30 on 2 cores) a 0.5 s timeout ran out before the fake server had read the request, so it logged
    /// 1-2 of the 3 timed-out calls (failed 4 runs in 5). What is asserted instead: the three calls time out, every call made
    /// while the breaker is open is answered at once without a request (none of their requests, named per call, ever shows
    /// up at the server), and after the break the provider is tried again. The timeout leaves an answered call room on a
    /// loaded machine; the break leaves the seven calls room to fall inside it.
    /// </summary>
    [Fact]
    public async Task A_hung_provider_costs_the_timeout_only_until_the_breaker_opens()
    {
        // The connector's first call is slow (JIT) on a loaded machine: warmed up by another categorizer, so this one's
        // breaker counts nothing but the hung calls.
        Assert.IsType<LlmOutcome.Answered>(await Categorizer(Breaking(timeoutSeconds: 30)).CategorizeAsync(Request("WARM UP"), default));
        var llm = Categorizer(Breaking(timeoutSeconds: 2, breakSeconds: 3));
        Server.Reply = new FakeReply(Answer("6100"), Delay: TimeSpan.FromSeconds(30));

        var outcomes = new List<LlmOutcome>();
        for (var i = 0; i < 10; i++) outcomes.Add(await llm.CategorizeAsync(Request($"CALL {i}"), default));

        var reasons = string.Join(", ", outcomes.Select(o => o is LlmOutcome.NotUsed n ? n.Reason : o.GetType().Name));
        Assert.True(outcomes.Take(3).All(o => o is LlmOutcome.NotUsed { Reason: LlmNotUsedReasons.Timeout, CallMade: true }), reasons);
        // Open: answered at once, nothing sent, nothing to pay or record.
        Assert.True(outcomes.Skip(3).All(o => o is LlmOutcome.NotUsed { Reason: LlmNotUsedReasons.Unavailable, CallMade: false, Latency: null }), reasons);
        Assert.Equal("open", llm.CircuitState);

        // After the break the provider is tried again (it answers now), and closes the breaker.
        var breakLeft = llm.OpenUntil!.Value - DateTimeOffset.UtcNow;
        if (breakLeft > TimeSpan.Zero) await Task.Delay(breakLeft + TimeSpan.FromMilliseconds(100));
        Server.Reply = new FakeReply(Answer("6100"));
        Assert.IsType<LlmOutcome.Answered>(await llm.CategorizeAsync(Request("AFTER BREAK"), default));
        Assert.Equal("closed", llm.CircuitState);

        // Answered, so its request is in the server's log: none of the calls made while open ever reached the provider.
        string[] calls = ["WARM UP", .. Enumerable.Range(0, 10).Select(i => $"CALL {i}"), "AFTER BREAK"];
        var reached = Server.Requests.Select(r => calls.Single(c => r.AllMessages.Contains(c))).ToList();
        Assert.Contains("AFTER BREAK", reached);
        Assert.Empty(reached.Intersect(calls[4..11]));   // CALL 3 .. CALL 9
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
