using Ledger.Domain.Categorization.Evaluation.HeldOut.Profiles;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>
/// The tenant sets a held-out feed can be generated for: <c>a</c> and <c>b</c> share no tenant, <c>all</c> is both,
/// and each profile can be asked for alone by its key.
/// </summary>
public static class HeldOutStyles
{
    private static readonly (string Key, Func<TenantProfile> Profile, string Set)[] Known =
    [
        ("dental", () => DentalPractice.Profile, "a"),
        ("landscaping", () => Landscaping.Profile, "a"),
        ("shop", () => OnlineShop.Profile, "a"),
        ("law", () => LawOffice.Profile, "b"),
        ("foodtruck", () => FoodTruck.Profile, "b"),
        ("autorepair", () => AutoRepair.Profile, "b"),
    ];

    public static IEnumerable<string> Names => new[] { "a", "b", "all" }.Concat(Known.Select(k => k.Key));

    public static IReadOnlyList<TenantProfile> Tenants(string style)
    {
        var chosen = Known.Where(k => style == "all" || k.Set == style || k.Key == style).Select(k => k.Profile()).ToList();
        return chosen.Count > 0 ? chosen : throw new ArgumentException($"unknown feed style '{style}': use one of {string.Join(", ", Names)}");
    }
}
