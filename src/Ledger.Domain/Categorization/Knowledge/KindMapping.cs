using Ledger.Domain.Accounts;
using Ledger.Domain.Tenants;

namespace Ledger.Domain.Categorization.Knowledge;

/// <summary>
/// Maps account kinds onto a chart. A template chart maps by the template's own table (<see cref="TemplateKinds"/>) for
/// the accounts it still has; every kind left (a custom chart, or accounts an admin added) is found by account name and
/// type: the kind's earliest name words that some account of an allowed type contains, the account with the fewest other
/// words winning; two equally good accounts leave the kind unmapped rather than guess.
/// </summary>
public static class KindMapping
{
    public static KindMap For(string? template, IReadOnlyList<ChartAccount> chart)
    {
        var result = new List<KindAccount>();
        var (fromTemplate, preset) = TemplateKinds.For(template);
        // The template's own accounts are mapped by its table only; what an admin added is a custom account, found by name.
        var custom = chart.Where(a => !preset.Any(p => p.Code == a.Code)).ToList();
        foreach (var kind in AccountKinds.All.Values)
        {
            if (fromTemplate.TryGetValue(kind.Code, out var code) && chart.FirstOrDefault(a => a.Code == code) is { } mapped)
                result.Add(new KindAccount(kind.Code, mapped.Code, mapped.QualifiedName, $"template {template}", 1.0));
            else if (ByName(kind, custom) is { } found)
                result.Add(found);
        }
        return new KindMap(result);
    }

    private static KindAccount? ByName(AccountKind kind, IReadOnlyList<ChartAccount> chart)
    {
        var named = chart.Where(a => kind.Types.Contains(a.Type))
            .Select(a => (Account: a, Words: KnowledgeText.Words(a.QualifiedName).Select(KnowledgeText.Stem).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        for (var rank = 0; rank < kind.NameWords.Count; rank++)
        {
            var wanted = KnowledgeText.Words(kind.NameWords[rank]).Select(KnowledgeText.Stem).ToList();
            var matches = named.Where(n => wanted.All(n.Words.Contains)).OrderBy(n => n.Words.Count).ToList();
            if (matches.Count == 0) continue;
            if (matches.Count > 1 && matches[1].Words.Count == matches[0].Words.Count) return null; // two equally good: do not guess
            var a = matches[0].Account;
            return new KindAccount(kind.Code, a.Code, a.QualifiedName, $"name contains '{kind.NameWords[rank]}'", rank == 0 ? 1.0 : 0.9);
        }
        return null;
    }
}
