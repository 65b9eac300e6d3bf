using Ledger.Domain.Accounts;
using Ledger.Domain.Tenants;

namespace Ledger.Domain.Categorization.Knowledge;

/// <summary>
/// Each template's kinds → its chart codes as kb-2026.1 shipped them (frozen: later versions carry their own tables in
/// their file), written by hand with the chart (<see cref="ChartPresets"/>). A kind a template
/// leaves out has no fitting account there (the starter chart has no travel account): the knowledge base stays silent
/// for it until an admin adds one, which is then found by name.
/// </summary>
public static class TemplateKinds
{
    public static readonly IReadOnlyDictionary<string, string> Starter = new Dictionary<string, string>
    {
        ["bank_fees"] = "6100", ["merchant_fees"] = "6100", ["interest_expense"] = "6100",
        ["sales_revenue"] = "4000", ["cost_of_goods"] = "5000", ["advertising"] = "6000",
        ["meals"] = "6200", ["coffee"] = "6200", ["office_supplies"] = "6300", ["rent"] = "6400",
        ["utilities"] = "6500", ["phone"] = "6500", ["internet"] = "6500", ["card_payment"] = "2100", ["card_payment_received"] = "1000",
        ["owner_transfer"] = "1010",
    };

    public static readonly IReadOnlyDictionary<string, string> Pro = new Dictionary<string, string>
    {
        ["sales_revenue"] = "4000", ["payroll"] = "6000", ["payroll_taxes"] = "6000", ["education"] = "6100",
        ["software"] = "6200", ["travel"] = "6300", ["transit"] = "6300", ["parking_tolls"] = "6300", ["fuel"] = "6300",
        ["meals"] = "6400", ["coffee"] = "6400", ["rent"] = "6500", ["card_payment"] = "2100", ["card_payment_received"] = "1000",
    };

    public static readonly IReadOnlyDictionary<string, string> Firm = new Dictionary<string, string>
    {
        ["sales_revenue"] = "4000", ["payroll"] = "5000", ["payroll_taxes"] = "2300", ["rent"] = "6000", ["utilities"] = "6000",
        ["software"] = "6100", ["phone"] = "6100", ["internet"] = "6100", ["education"] = "6200", ["card_payment"] = "2100", ["card_payment_received"] = "1000",
    };

    /// <summary>kb-2026.1's tables by template name.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Tables =
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase) { ["starter"] = Starter, ["pro"] = Pro, ["firm"] = Firm };

    /// <summary>The template's preset chart; empty for no (or an unknown) template.</summary>
    public static IReadOnlyList<ChartAccount> PresetOf(string? template) =>
        TenantTemplates.All.FirstOrDefault(t => string.Equals(t.Name, template, StringComparison.OrdinalIgnoreCase))?.Chart ?? [];
}
