using Ledger.Domain.Accounts;

namespace Ledger.Domain.Categorization.Rules;

/// <summary>What an admin asks for: a vendor (as its key or a raw payee line), an account, and optional amount and direction.</summary>
public sealed record AdminRuleRequest(string? VendorKey, string? Payee, string? AccountCode, decimal? MinAmount, decimal? MaxAmount, string? Direction);

/// <summary>
/// Turns an admin's request into a <see cref="VendorRule"/>, or refuses it naming the field. The vendor goes through the
/// same <see cref="Categorization.VendorKey.Normalize"/> the cascade uses (a key normalises to itself), so a rule written
/// from a raw bank line matches every variant of that payee.
/// </summary>
public static class AdminRules
{
    public static VendorRule Create(AdminRuleRequest request, IReadOnlyList<ChartAccount> chart, IReadOnlyList<VendorRule> activeRules, Guid id)
    {
        ArgumentNullException.ThrowIfNull(request);
        var vendor = VendorOf(request);

        var code = request.AccountCode?.Trim();
        if (string.IsNullOrEmpty(code)) throw new FieldRefusedException("accountCode", "is required.");
        if (chart.All(a => a.Code != code)) throw new FieldRefusedException("accountCode", $"'{code}' is not in the tenant's chart of accounts.");

        if (request.MinAmount is < 0) throw new FieldRefusedException("minAmount", "is a magnitude (|amount|) and cannot be negative; use direction for the sign.");
        if (request.MaxAmount is < 0) throw new FieldRefusedException("maxAmount", "is a magnitude (|amount|) and cannot be negative; use direction for the sign.");
        if (request is { MinAmount: { } min, MaxAmount: { } max } && min > max)
            throw new FieldRefusedException("maxAmount", $"{max} is below minAmount {min}.");

        var direction = DirectionOf(request.Direction);
        var rule = new VendorRule(id, vendor, code, request.MinAmount, request.MaxAmount, direction, RuleOrigin.Admin, 1);
        if (activeRules.FirstOrDefault(r => SameConditions(r, rule)) is { } existing)
            throw new FieldRefusedException("vendorKey",
                $"rule {existing.Id} already covers {vendor} with the same amount range and direction (to {existing.AccountCode}); retire it first.");
        return rule;
    }

    static string VendorOf(AdminRuleRequest request)
    {
        var hasKey = !string.IsNullOrWhiteSpace(request.VendorKey);
        if (hasKey == !string.IsNullOrWhiteSpace(request.Payee))
            throw new FieldRefusedException("vendorKey", "send either vendorKey or payee (a raw bank description), not both and not neither.");
        var field = hasKey ? "vendorKey" : "payee";
        var key = Categorization.VendorKey.Normalize(hasKey ? request.VendorKey! : request.Payee!);
        if (key == Categorization.VendorKey.Unknown) throw new FieldRefusedException(field, "names no vendor once normalised.");
        return key;
    }

    static Direction? DirectionOf(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "outflow" => Rules.Direction.Outflow,
        "inflow" => Rules.Direction.Inflow,
        _ => throw new FieldRefusedException("direction", $"must be 'outflow' or 'inflow' (got '{value}')."),
    };

    static bool SameConditions(VendorRule a, VendorRule b) =>
        a.VendorKey == b.VendorKey && a.MinAmount == b.MinAmount && a.MaxAmount == b.MaxAmount && a.Direction == b.Direction;
}
