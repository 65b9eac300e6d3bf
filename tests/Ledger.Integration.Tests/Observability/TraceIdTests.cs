using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace Ledger.Integration.Tests.Observability;

/// <summary>The API host with an in-memory Serilog sink and request logging at Information.</summary>
public class LoggedLedgerApp : LedgerApp
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Information");
        builder.ConfigureServices(s => s.AddSingleton<ILogEventSink>(new QueueSink(Events)));
    }

    sealed class QueueSink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}

public class TraceIdTests(LoggedLedgerApp app) : IClassFixture<LoggedLedgerApp>
{
    [Fact]
    public async Task A_problem_response_traceId_is_the_TraceId_of_its_request_log_line()
    {
        var response = await app.Client(app.OperatorToken).PostAsJsonAsync("/api/ops/tenants", new { name = "Acme", template = "platinum" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var traceId = (await response.Body()).GetProperty("traceId").GetString();
        Assert.False(string.IsNullOrEmpty(traceId));

        // The request log line is written as the response completes; give it a moment.
        LogEvent? line = null;
        for (var i = 0; i < 50 && line is null; i++)
        {
            line = app.Events.FirstOrDefault(e => e.Properties.TryGetValue("RequestPath", out var p) && p.ToString() == "\"/api/ops/tenants\""
                && e.Properties.ContainsKey("StatusCode") && e.Properties["StatusCode"].ToString() == "400");
            if (line is null) await Task.Delay(100);
        }
        Assert.NotNull(line);
        Assert.Equal(traceId, (line.Properties["TraceId"] as ScalarValue)?.Value?.ToString());
    }
}
