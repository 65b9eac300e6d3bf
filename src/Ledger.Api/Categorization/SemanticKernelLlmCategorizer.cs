using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using Ledger.Domain.Categorization.Llm;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using NodaTime;
using OpenAI;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;

namespace Ledger.Api.Categorization;

/// <summary>
/// <see cref="ILlmCategorizer"/> over Semantic Kernel's OpenAI connector. Every failure becomes NotUsed: the fallback
/// is optional, so a provider outage must cost at most <see cref="LlmOptions.TimeoutSeconds"/> per transaction.
/// </summary>
public sealed class SemanticKernelLlmCategorizer : ILlmCategorizer
{
    private readonly LlmOptions _options;
    private readonly LlmPricing _pricing;
    private readonly OpenAIChatCompletionService? _chat;
    private readonly ILogger<SemanticKernelLlmCategorizer> _logger;

    public SemanticKernelLlmCategorizer(IOptions<LlmOptions> options, ILogger<SemanticKernelLlmCategorizer> logger)
    {
        _options = options.Value;
        _logger = logger;
        _pricing = new LlmPricing(_options.InputPerMillionUsd, _options.OutputPerMillionUsd);
        if (!_options.IsConfigured) return;

        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(_options.ApiKey) ? "none" : _options.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = new Uri(_options.Endpoint!),
                // No retries: each retry is paid again and would blow the per-transaction time limit; the next
                // transaction is the retry. The SDK's own timeout sits behind ours so ours decides.
                RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
                NetworkTimeout = Timeout + TimeSpan.FromSeconds(5),
            });
        _chat = new OpenAIChatCompletionService(_options.Model!, client);
    }

    public bool IsConfigured => _chat is not null;

    private TimeSpan Timeout => TimeSpan.FromSeconds(_options.TimeoutSeconds > 0 ? _options.TimeoutSeconds : 10);

    public async Task<LlmOutcome> CategorizeAsync(LlmRequest request, CancellationToken ct)
    {
        if (_chat is null) return new LlmOutcome.NotUsed(LlmNotUsedReasons.NotConfigured);

        var callId = Guid.NewGuid();
        var model = _options.Model!;
        var stopwatch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        try
        {
            var (system, user) = LlmPrompt.Build(request);
            var history = new ChatHistory(system);
            history.AddUserMessage(user);
            var reply = await _chat.GetChatMessageContentAsync(history, Settings(), kernel: null, timeout.Token);
            var elapsed = Duration.FromTimeSpan(stopwatch.Elapsed);

            var (prompt, completion) = Usage(reply);
            var cost = _pricing.Cost(prompt, completion);
            var answer = LlmAnswer.Parse(reply.Content, request.Chart, request.BankAccountName);
            if (!answer.IsValid)
            {
                _logger.LogWarning("LLM call {CallId} gave an unusable answer: {Error}", callId, answer.Error);
                return new LlmOutcome.NotUsed(LlmNotUsedReasons.InvalidAnswer(answer.Error!), model, prompt, completion, cost, elapsed, callId);
            }
            return new LlmOutcome.Answered(answer.AccountCode!, answer.Confidence, answer.Reason!, model, prompt, completion, cost, elapsed, callId);
        }
        catch (Exception e)
        {
            // The request may have reached the provider, so the outcome keeps the call id for recording; tokens are unknown.
            var elapsed = Duration.FromTimeSpan(stopwatch.Elapsed);
            var reason = timeout.IsCancellationRequested && !ct.IsCancellationRequested
                ? LlmNotUsedReasons.Timeout
                : LlmNotUsedReasons.Error(Describe(e, ct));
            _logger.LogWarning("LLM call {CallId} not used after {ElapsedMs} ms: {Reason}", callId, (long)elapsed.TotalMilliseconds, reason);
            return new LlmOutcome.NotUsed(reason, model, 0, 0, 0m, elapsed, callId);
        }
    }

    private OpenAIPromptExecutionSettings Settings() => new()
    {
        Temperature = 0, // the same transaction should get the same account
        MaxTokens = _options.MaxCompletionTokens,
        ResponseFormat = _options.JsonResponseFormat ? "json_object" : null,
    };

    private static (int Prompt, int Completion) Usage(ChatMessageContent reply) =>
        reply.Metadata is { } m && m.TryGetValue("Usage", out var u) && u is ChatTokenUsage usage
            ? (usage.InputTokenCount, usage.OutputTokenCount)
            : (0, 0); // a server without a usage block: cost unknown, recorded as zero

    // Short and free of request content: the reason is stored in events and shown on dashboards.
    private static string Describe(Exception e, CancellationToken ct) => e switch
    {
        _ when ct.IsCancellationRequested => "cancelled",
        HttpOperationException { StatusCode: { } status } => $"http {(int)status}",
        _ => $"{e.GetType().Name}: {Shorten(e.Message)}",
    };

    private static string Shorten(string s) => s.Length <= 200 ? s : s[..200];
}
