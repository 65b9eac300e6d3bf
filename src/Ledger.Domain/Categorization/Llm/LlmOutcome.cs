using NodaTime;

namespace Ledger.Domain.Categorization.Llm;

/// <summary>
/// What the LLM fallback produced. A closed pair so callers must handle "no suggestion" explicitly;
/// <see cref="SentCallId"/> is set whenever a request reached the provider, because such a call must be recorded
/// (and paid for) even when it gave no usable answer.
/// </summary>
public abstract record LlmOutcome
{
    private LlmOutcome() { }

    public abstract string? Model { get; }
    public abstract int PromptTokens { get; }
    public abstract int CompletionTokens { get; }
    public abstract decimal CostUsd { get; }

    /// <summary>"answered" or the NotUsed reason code; what <see cref="LlmCallRecorded.Outcome"/> carries.</summary>
    public abstract string OutcomeCode { get; }

    /// <summary>Our id for the request when one was sent (recorded as LlmCallRecorded.CallId), else null.</summary>
    public abstract Guid? SentCallId { get; }

    public bool CallMade => SentCallId is not null;

    /// <summary>The event to record for this outcome, or null when nothing was sent (not configured, budget refused).</summary>
    public LlmCallRecorded? ToRecorded(string tenantId, string transactionId, Instant at) =>
        SentCallId is { } id
            ? new LlmCallRecorded(id, tenantId, transactionId, Model ?? "", PromptTokens, CompletionTokens, CostUsd, OutcomeCode, at)
            : null;

    public sealed record Answered(
        string AccountCode,
        double Confidence,
        string Reason,
        string Model,
        int PromptTokens,
        int CompletionTokens,
        decimal CostUsd,
        Duration Latency,
        Guid CallId) : LlmOutcome
    {
        public override Guid? SentCallId => CallId;
        public override string Model { get; } = Model;
        public override int PromptTokens { get; } = PromptTokens;
        public override int CompletionTokens { get; } = CompletionTokens;
        public override decimal CostUsd { get; } = CostUsd;
        public override string OutcomeCode => "answered";
    }

    /// <summary>No suggestion. Call fields stay null/zero when no request was sent.</summary>
    public sealed record NotUsed(
        string Reason,
        string? Model = null,
        int PromptTokens = 0,
        int CompletionTokens = 0,
        decimal CostUsd = 0m,
        Duration? Latency = null,
        Guid? CallId = null) : LlmOutcome
    {
        public override Guid? SentCallId => CallId;
        public override string? Model { get; } = Model;
        public override int PromptTokens { get; } = PromptTokens;
        public override int CompletionTokens { get; } = CompletionTokens;
        public override decimal CostUsd { get; } = CostUsd;
        public override string OutcomeCode => Reason;
    }
}
