namespace Ledger.Domain.Categorization.Evaluation.DevFeeds;

/// <summary>The development tenants.</summary>
internal static class DevTenants
{
    public static readonly IReadOnlyList<DevTenant> All = [DevBakery.Tenant, DevPlumber.Tenant, DevAgency.Tenant];
}

/// <summary>Words one-off restaurants are named from (kept apart from <see cref="DevTenants"/>: they must exist before it).</summary>
internal static class DevWords
{
    public static readonly string[] RestaurantFirst = ["BLUE", "RED", "GOLDEN", "LITTLE", "OLD TOWN", "RIVER", "MISSION", "CEDAR", "NORTH", "LUCKY", "HAPPY", "STUMPTOWN"];
    public static readonly string[] RestaurantSecond = ["TAQUERIA", "NOODLE BAR", "DINER", "PIZZERIA", "CAFE", "BISTRO", "SUSHI", "BBQ", "KITCHEN", "THAI", "PHO", "BURGER", "DELI", "BREWING CO"];
    public static readonly string[] PosPrefixes = ["TST* ", "SQ *", "", "", "POS PURCHASE "];
}
