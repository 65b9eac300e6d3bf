using Ledger.Domain.Categorization.Llm;

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
        services.AddSingleton<ILlmCategorizer, SemanticKernelLlmCategorizer>();
        return services;
    }
}
