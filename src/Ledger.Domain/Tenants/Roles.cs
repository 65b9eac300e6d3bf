namespace Ledger.Domain.Tenants;

public static class Roles
{
    public const string Admin = "admin";
    public const string Reviewer = "reviewer";
    public const string Auditor = "auditor";
    /// <summary>Works across tenants; the first operator token comes from the CLI, which has database access.</summary>
    public const string Operator = "operator";

    public static readonly IReadOnlyList<string> All = [Admin, Reviewer, Auditor, Operator];

    /// <summary>The pseudo-tenant that holds operator tokens and operator audit streams; real tenant ids never contain '_'.</summary>
    public const string OperatorsTenant = "_operators";

    public static bool IsKnown(string role) => All.Contains(role);
}
