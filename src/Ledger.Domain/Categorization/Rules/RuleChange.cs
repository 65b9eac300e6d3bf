namespace Ledger.Domain.Categorization.Rules;

/// <summary>A change <see cref="RulePromotion"/> recommends; the caller turns it into an event.</summary>
public abstract record RuleChange
{
    private RuleChange() { }

    /// <summary>Create a learned rule: the last labels all agreed on <paramref name="AccountCode"/>.</summary>
    public sealed record Promote(string VendorKey, string AccountCode, IReadOnlyList<string> BasedOnLabels) : RuleChange;

    /// <summary>Deactivate a rule that recent labels keep contradicting.</summary>
    public sealed record Retire(Guid RuleId, string Reason, IReadOnlyList<string> ContradictingLabels) : RuleChange;
}
