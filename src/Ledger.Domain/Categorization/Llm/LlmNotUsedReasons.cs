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
    public const string ErrorPrefix = "error: ";
    public const string InvalidAnswerPrefix = "invalid_answer: ";

    public static string Error(string detail) => ErrorPrefix + detail;
    public static string InvalidAnswer(string detail) => InvalidAnswerPrefix + detail;
}
