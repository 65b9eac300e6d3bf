using Ledger.Domain.Categorization.Llm;
using Marten.Events.Projections;
using NodaTime;

namespace Ledger.Projections.Llm;

/// <summary>A tenant's LLM spend in one month and whether it has been switched to fallback (no LLM) by a cap.</summary>
public sealed class LlmBudget
{
    public string Id { get; set; } = "";
    public decimal SpentUsd { get; set; }
    public int Calls { get; set; }
    public bool FallbackActive { get; set; }
    public string? FallbackReason { get; set; }
    public decimal CapAtExceededUsd { get; set; }

    public static string KeyFor(YearMonth month) => $"llm-{month.Year:D4}-{month.Month:D2}";
}

public partial class LlmBudgetProjection : MultiStreamProjection<LlmBudget, string>
{
    public LlmBudgetProjection()
    {
        Identity<LlmCallRecorded>(e => LlmBudget.KeyFor(LlmBudgetState.MonthOf(e.At)));
        Identity<LlmBudgetExceeded>(e => LlmBudget.KeyFor(e.Month));
    }

    public void Apply(LlmBudget b, LlmCallRecorded e) { b.SpentUsd += e.CostUsd; b.Calls++; }

    public void Apply(LlmBudget b, LlmBudgetExceeded e) { b.FallbackActive = true; b.FallbackReason = e.Reason; b.CapAtExceededUsd = e.CapUsd; }
}
