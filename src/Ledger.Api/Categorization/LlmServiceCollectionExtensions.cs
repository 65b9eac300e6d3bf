using Ledger.Domain.Categorization.Llm;
using Microsoft.Extensions.Options;

namespace Ledger.Api.Categorization;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="LlmOptions"/> (section "Llm") and the Semantic Kernel categorizer as the singleton
    /// <see cref="ILlmCategorizer"/>. Safe to call with no "Llm" section: the categorizer then reports not configured.
    /// </summary>
    public static IServiceCollection AddLedgerLlm(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<LlmOptions>(configuration.GetSection(LlmOptions.Section));
        services.AddSingleton<SemanticKernelLlmCategorizer>();
        services.AddSingleton<ILlmCategorizer>(sp => sp.GetRequiredService<SemanticKernelLlmCategorizer>());
        services.AddHostedService<LlmStartupReport>();
        return services;
    }
}

/// <summary>
/// Says at start whether the LLM fallback is on, and warns about prices of 0: every call then costs $0 on the books, so no
/// monthly cap can ever trip however much the provider actually bills.
/// </summary>
public sealed class LlmStartupReport(IOptions<LlmOptions> options, LlmCaps caps, ILogger<LlmStartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        var o = options.Value;
        if (!o.IsConfigured)
        {
            logger.LogInformation("LLM fallback: off (set Llm__Endpoint and Llm__Model to turn it on)");
            return Task.CompletedTask;
        }
        logger.LogInformation("LLM fallback: {Model} at {Endpoint}, timeout {Timeout} s, breaker after {Failures} failures for {Break} s, " +
            "prices ${In}/${Out} per million tokens, global cap ${Cap}/month",
            o.Model, new Uri(o.Endpoint!).GetLeftPart(UriPartial.Authority), o.TimeoutSeconds, o.BreakAfterFailures, o.BreakSeconds,
            o.InputPerMillionUsd, o.OutputPerMillionUsd, caps.GlobalMonthlyCapUsd);
        if (o.InputPerMillionUsd <= 0 && o.OutputPerMillionUsd <= 0)
            logger.LogWarning("LLM prices are 0 (Llm__InputPerMillionUsd, Llm__OutputPerMillionUsd): calls are booked at $0, so no tenant or " +
                "global cap can ever trip. Set the provider's prices.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
