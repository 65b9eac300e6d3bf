namespace Ledger.Domain.Categorization.Llm;

/// <summary>
/// The reason strings of <see cref="LlmOutcome.NotUsed"/>. They are recorded in events and counted in dashboards,
/// so they are stable codes; free text only ever follows the "error: " / "invalid_answer: " prefixes.
/// </summary>
public static class LlmNotUsedReasons
{
    public const string NotConfigured = "not_configured";
    public const string Timeout = "timeout";
    public const string TenantBudgetExceeded = "tenant_budget_exceeded";
    public const string GlobalBudgetExceeded = "global_budget_exceeded";
    /// <summary>The provider kept failing and the circuit breaker is open: no call was sent.</summary>
    public const string Unavailable = "llm_unavailable";
    public const string ErrorPrefix = "error: ";
    public const string InvalidAnswerPrefix = "invalid_answer: ";

    public static string Error(string detail) => ErrorPrefix + detail;

    /// <summary>The provider did not answer (timeout, error, or the breaker kept us from asking): what the circuit breaker counts.</summary>
    public static bool IsProviderFailure(string reason) =>
        reason == Timeout || reason == Unavailable || (reason.StartsWith(ErrorPrefix, StringComparison.Ordinal) && reason != Error("cancelled"));
    public static string InvalidAnswer(string detail) => InvalidAnswerPrefix + detail;
}
