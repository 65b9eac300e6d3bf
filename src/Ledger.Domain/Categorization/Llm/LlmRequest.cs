using Ledger.Domain.Accounts;

namespace Ledger.Domain.Categorization.Llm;

/// <summary>
/// One bank transaction to categorize against the tenant's own chart.
/// Amount sign follows <c>StatementLine</c>: negative = money out of the bank account, positive = money in.
/// </summary>
public sealed record LlmRequest(
    string TenantId,
    string Description,
    string? Memo,
    decimal Amount,
    string BankAccountName,
    IReadOnlyList<ChartAccount> Chart);
