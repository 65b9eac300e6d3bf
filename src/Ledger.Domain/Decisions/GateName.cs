namespace Ledger.Domain.Decisions;

/// <summary>Gate identifiers as recorded in <see cref="GateResult.Gate"/>; persisted, so stable.</summary>
public static class GateName
{
    public const string VendorWarm = "vendor_warm";
    public const string Confidence = "confidence";
    public const string JeBalanced = "je_balanced";
    public const string BudgetOk = "budget_ok";
    public const string AutopostEnabled = "autopost_enabled";
}
