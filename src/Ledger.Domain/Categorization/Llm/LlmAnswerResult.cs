namespace Ledger.Domain.Categorization.Llm;

/// <summary>A model reply checked against the tenant's chart: either a usable suggestion or why it is not one.</summary>
public sealed record LlmAnswerResult
{
    private LlmAnswerResult(bool isValid, string? accountCode, double confidence, string? reason, string? error)
    {
        IsValid = isValid;
        AccountCode = accountCode;
        Confidence = confidence;
        Reason = reason;
        Error = error;
    }

    public bool IsValid { get; }
    public string? AccountCode { get; }
    public double Confidence { get; }
    public string? Reason { get; }

    /// <summary>Why the reply was refused (a short code plus detail), null when valid.</summary>
    public string? Error { get; }

    public static LlmAnswerResult Valid(string accountCode, double confidence, string reason) =>
        new(true, accountCode, confidence, reason, null);

    public static LlmAnswerResult Invalid(string error) => new(false, null, 0, null, error);
}
