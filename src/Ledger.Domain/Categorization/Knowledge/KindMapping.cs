using Ledger.Domain.Accounts;

namespace Ledger.Domain.Categorization.Knowledge;

/// <summary>
/// Maps a knowledge base's account kinds onto a chart. A template chart maps by the version's table for the template for
/// the accounts it still has; every kind left (a custom chart, or accounts an admin added) is found by account name and
/// type: the kind's earliest name words that some account of an allowed type contains, the account with the fewest other
/// words winning; two equally good accounts leave the kind unmapped rather than guess. From mapping 2 (kb-2026.2) two
/// such accounts of as many words are told apart by how many of the kind's other name words they contain
/// ("Expenses:Auto:Gas" over "Expenses:Utilities:Gas" for fuel, whose words include "auto"), an account holding one of the
/// kind's "not" words is never the kind's ("Auto:Repairs" for hardware-store materials), and plurals in -xes/-ches stem right.
/// </summary>
public static class KindMapping
{
    /// <summary>The shipped knowledge base's mapping.</summary>
    public static KindMap For(string? template, IReadOnlyList<ChartAccount> chart) => For(MerchantKnowledge.Shipped, template, chart);

    public static KindMap For(MerchantKnowledge knowledge, string? template, IReadOnlyList<ChartAccount> chart)
    {
        var result = new List<KindAccount>();
        var preset = TemplateKinds.PresetOf(template);
        var fromTemplate = preset.Count > 0 && knowledge.Templates.TryGetValue(template!, out var table) ? table : new Dictionary<string, string>();
        // The template's own accounts are mapped by its table only; what an admin added is a custom account, found by name.
        var custom = chart.Where(a => !preset.Any(p => p.Code == a.Code)).ToList();
        foreach (var kind in knowledge.Kinds.Values)
        {
            if (fromTemplate.TryGetValue(kind.Code, out var code) && chart.FirstOrDefault(a => a.Code == code) is { } mapped)
                result.Add(new KindAccount(kind.Code, mapped.Code, mapped.QualifiedName, $"template {template}", 1.0));
            else if (ByName(kind, custom, knowledge.Mapping) is { } found)
                result.Add(found);
        }
        return new KindMap(result);
    }

    private static KindAccount? ByName(AccountKind kind, IReadOnlyList<ChartAccount> chart, int mapping)
    {
        Func<string, string> stem = mapping >= 2 ? KnowledgeText.Stem2 : KnowledgeText.Stem;
        var not = kind.NotWords.Select(stem).ToHashSet(StringComparer.Ordinal);
        var named = chart.Where(a => kind.Types.Contains(a.Type))
            .Select(a => (Account: a, Words: StemsOf(a.QualifiedName, stem).ToHashSet(StringComparer.Ordinal)))
            .Where(a => !a.Words.Overlaps(not))
            .ToList();
        var allNames = kind.NameWords.Select(n => StemsOf(n, stem).ToList()).ToList();
        for (var rank = 0; rank < kind.NameWords.Count; rank++)
        {
            var wanted = allNames[rank];
            var matches = named.Where(n => wanted.All(n.Words.Contains))
                .Select(n => (n.Account, n.Words, Others: mapping >= 2 ? allNames.Count(o => o != wanted && o.All(n.Words.Contains)) : 0))
                .OrderBy(n => n.Words.Count).ThenByDescending(n => n.Others).ToList();
            if (matches.Count == 0) continue;
            if (matches.Count > 1 && matches[1].Others == matches[0].Others && matches[1].Words.Count == matches[0].Words.Count)
                return null; // two equally good: do not guess
            var a = matches[0].Account;
            return new KindAccount(kind.Code, a.Code, a.QualifiedName, $"name contains '{kind.NameWords[rank]}'", rank == 0 ? 1.0 : 0.9);
        }
        return null;
    }

    private static IEnumerable<string> StemsOf(string text, Func<string, string> stem) => KnowledgeText.Words(text).Select(stem);
}
