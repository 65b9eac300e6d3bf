namespace Ledger.Domain.Categorization.Rules;

/// <summary>Which way money moved, from the bank account's view: outflow is a negative feed amount.</summary>
public enum Direction { Outflow, Inflow }

/// <summary>Admin rules were written by a person; promoted rules were learned from consistent labels.</summary>
public enum RuleOrigin { Admin, Promoted }

/// <summary>
/// "Transactions from this vendor go to this account", optionally narrowed by amount and direction.
/// <paramref name="MinAmount"/>/<paramref name="MaxAmount"/> bound the magnitude |amount|, inclusive, because
/// people state ranges as sizes ("Staples over 500 is equipment") and the direction is its own field.
/// </summary>
public sealed record VendorRule(
    Guid Id,
    string VendorKey,
    string AccountCode,
    decimal? MinAmount,
    decimal? MaxAmount,
    Direction? Direction,
    RuleOrigin Origin,
    int Version)
{
    public bool Matches(string vendorKey, decimal amount)
    {
        if (!string.Equals(VendorKey, vendorKey, StringComparison.Ordinal)) return false;
        var magnitude = Math.Abs(amount);
        if (MinAmount is { } min && magnitude < min) return false;
        if (MaxAmount is { } max && magnitude > max) return false;
        return Direction switch
        {
            null => true,
            Rules.Direction.Outflow => amount < 0,
            Rules.Direction.Inflow => amount > 0, // a zero amount has no direction, so it matches neither
            _ => false,
        };
    }

    /// <summary>How many conditions narrow the rule; more conditions means more specific.</summary>
    public int Specificity => (MinAmount is null ? 0 : 1) + (MaxAmount is null ? 0 : 1) + (Direction is null ? 0 : 1);
}
