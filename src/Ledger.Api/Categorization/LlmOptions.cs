namespace Ledger.Api.Categorization;

/// <summary>
/// The OpenAI-compatible endpoint for the LLM fallback, bound from configuration section "Llm"
/// (environment: Llm__Endpoint, Llm__Model, Llm__ApiKey, ...). Without Endpoint and Model the fallback is off.
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "Llm";

    /// <summary>Base URL including the version segment, e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1.</summary>
    public string? Endpoint { get; set; }

    public string? Model { get; set; }

    /// <summary>Sent as "Authorization: Bearer ..."; local servers that need none may leave it empty.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Whole-call limit. A categorization waits on this, so it stays short; a slow answer is worth less than none.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Provider failures (timeouts, errors) in a row, within a minute, that open the circuit breaker.</summary>
    public int BreakAfterFailures { get; set; } = 5;

    /// <summary>How long an open breaker sends nothing; then one trial call decides whether it closes again.</summary>
    public double BreakSeconds { get; set; } = 60;

    public decimal InputPerMillionUsd { get; set; }
    public decimal OutputPerMillionUsd { get; set; }

    /// <summary>Caps the reply (sent as max_completion_tokens); the JSON answer needs well under 100.</summary>
    public int MaxCompletionTokens { get; set; } = 200;

    /// <summary>Ask for response_format json_object. Some OpenAI-compatible servers reject it; then set false and rely on the prompt.</summary>
    public bool JsonResponseFormat { get; set; } = true;

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(Model) && Uri.TryCreate(Endpoint, UriKind.Absolute, out _);
}
