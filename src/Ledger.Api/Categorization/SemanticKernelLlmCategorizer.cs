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
using Polly;
using Polly.CircuitBreaker;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;

namespace Ledger.Api.Categorization;

/// <summary>
/// <see cref="ILlmCategorizer"/> over Semantic Kernel's OpenAI connector. Every failure becomes NotUsed: the fallback
/// is optional, so a provider outage must cost at most <see cref="LlmOptions.TimeoutSeconds"/> per transaction, and after
/// <see cref="LlmOptions.BreakAfterFailures"/> failures in a row a Polly circuit breaker stops asking for
/// <see cref="LlmOptions.BreakSeconds"/> (outcome <c>llm_unavailable</c>, no call, no cost) instead of paying the timeout
/// again for every transaction of a large import.
/// </summary>
public sealed class SemanticKernelLlmCategorizer : ILlmCategorizer
{
    private readonly LlmOptions _options;
    private readonly LlmPricing _pricing;
    private readonly OpenAIChatCompletionService? _chat;
    private readonly ILogger<SemanticKernelLlmCategorizer> _logger;
    private readonly ResiliencePipeline<LlmOutcome> _breaker;
    private readonly CircuitBreakerStateProvider _circuit = new();
    private DateTimeOffset? _openUntil;
    // The breaker's cool-down runs on Polly's time provider, not on the ledger's business clock (a test's or a replay's
    // IClock may stand still); the open-until it reports is read from the same provider so the two never disagree.
    private readonly TimeProvider _breakerTime = TimeProvider.System;

    public SemanticKernelLlmCategorizer(IOptions<LlmOptions> options, ILogger<SemanticKernelLlmCategorizer> logger)
    {
        _options = options.Value;
        _logger = logger;
        _pricing = new LlmPricing(_options.InputPerMillionUsd, _options.OutputPerMillionUsd);
        _breaker = Breaker();
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

    /// <summary>closed (calling), open (not calling until <see cref="OpenUntil"/>), half_open (one trial call under way).</summary>
    public string CircuitState => _circuit.CircuitState switch
    {
        Polly.CircuitBreaker.CircuitState.Open or Polly.CircuitBreaker.CircuitState.Isolated => "open",
        Polly.CircuitBreaker.CircuitState.HalfOpen => "half_open",
        _ => "closed",
    };

    public DateTimeOffset? OpenUntil => CircuitState == "open" ? _openUntil : null;

    public async Task<LlmOutcome> CategorizeAsync(LlmRequest request, CancellationToken ct)
    {
        if (_chat is null) return new LlmOutcome.NotUsed(LlmNotUsedReasons.NotConfigured);
        try
        {
            return await _breaker.ExecuteAsync(async token => await CallAsync(request, token), ct);
        }
        catch (BrokenCircuitException)
        {
            return new LlmOutcome.NotUsed(LlmNotUsedReasons.Unavailable);
        }
    }

    /// <summary>
    /// Polly's breaker counts failures over a sampling window: with a failure ratio of 1 it opens once the window holds
    /// <see cref="LlmOptions.BreakAfterFailures"/> calls and none of them was answered.
    /// </summary>
    private ResiliencePipeline<LlmOutcome> Breaker() => new ResiliencePipelineBuilder<LlmOutcome> { TimeProvider = _breakerTime }
        .AddCircuitBreaker(new CircuitBreakerStrategyOptions<LlmOutcome>
        {
            FailureRatio = 1.0,
            MinimumThroughput = Math.Max(2, _options.BreakAfterFailures),
            SamplingDuration = TimeSpan.FromMinutes(1),
            BreakDuration = TimeSpan.FromSeconds(Math.Max(0.5, _options.BreakSeconds)),
            StateProvider = _circuit,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is LlmOutcome.NotUsed n && LlmNotUsedReasons.IsProviderFailure(n.Reason)),
            OnOpened = args =>
            {
                _openUntil = _breakerTime.GetUtcNow() + args.BreakDuration;
                _logger.LogWarning("LLM provider failing ({Reason}): not calling it for {Seconds:0} s; decisions record llm_unavailable",
                    (args.Outcome.Result as LlmOutcome.NotUsed)?.Reason, args.BreakDuration.TotalSeconds);
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                _logger.LogInformation("LLM provider answering again: circuit closed");
                return ValueTask.CompletedTask;
            },
        })
        .Build();

    private async Task<LlmOutcome> CallAsync(LlmRequest request, CancellationToken ct)
    {
        var chat = _chat!;

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
            var reply = await chat.GetChatMessageContentAsync(history, Settings(), kernel: null, timeout.Token);
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
