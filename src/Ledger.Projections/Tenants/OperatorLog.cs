namespace Ledger.Projections.Tenants;

/// <summary>Stream type of the operators' own stream: operator tokens and operator acts that belong to no client tenant.</summary>
public sealed class OperatorLog
{
    public string Id { get; set; } = "";
}
