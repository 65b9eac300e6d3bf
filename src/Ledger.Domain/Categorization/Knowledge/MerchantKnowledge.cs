using System.Collections.Concurrent;
using System.Text.Json;
using Ledger.Domain.Accounts;

namespace Ledger.Domain.Categorization.Knowledge;

/// <summary>One curated fact: bank lines with any of these phrases are (with prior <see cref="P"/>) of this account kind.</summary>
/// <param name="Direction">"out", "in" or null for either.</param>
public sealed record KnowledgeEntry(string Id, string Kind, string? Direction, double P, IReadOnlyList<string> Phrases);

/// <summary>The entry that matched a bank line, and the phrase that matched.</summary>
public sealed record KnowledgeHit(KnowledgeEntry Entry, string Phrase);

/// <summary>
/// The merchant knowledge base shipped with the product, versioned as a whole: one embedded file per version
/// (<c>Knowledge/Versions/kb-*.json</c>), the version named in every proposal it makes. Every version ever shipped stays
/// loadable by its id, so a proposal recorded under an old one is recomputed by it. A version carries its kinds (name
/// words and account types for custom charts) and each template's kinds → accounts; a file without them (kb-2026.1) uses
/// <see cref="AccountKinds"/> and <see cref="TemplateKinds"/>, which are frozen as that version's. It is product data
/// written from general knowledge, never learnt from any tenant, so no tenant's books inform another's.
/// </summary>
public sealed class MerchantKnowledge
{
    /// <summary>The version new proposals are made with.</summary>
    public const string ShippedVersion = "kb-2026.3";

    private static readonly ConcurrentDictionary<string, MerchantKnowledge?> Loaded = new(StringComparer.Ordinal);

    // Phrases by their first word, longest first, so a scan tries the most specific phrase at each position first.
    private readonly Dictionary<string, List<(string[] Words, string Phrase, KnowledgeEntry Entry)>> _byFirstWord;

    private MerchantKnowledge(string version, IReadOnlyList<KnowledgeEntry> entries, IReadOnlyDictionary<string, AccountKind> kinds,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> templates, int mapping)
    {
        Version = version;
        Entries = entries;
        Kinds = kinds;
        Templates = templates;
        Mapping = mapping;
        _byFirstWord = entries
            .SelectMany(e => e.Phrases.Select(p => (Words: KnowledgeText.Words(p).ToArray(), Phrase: p, Entry: e)))
            .Where(x => x.Words.Length > 0)
            .GroupBy(x => x.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Words.Length).ToList(), StringComparer.Ordinal);
    }

    public static MerchantKnowledge Shipped => OfVersion(ShippedVersion)
        ?? throw new InvalidOperationException($"The merchant knowledge base {ShippedVersion} is not embedded in Ledger.Domain.");

    /// <summary>A shipped version by its id (as a proposal recorded it), or null when this build never shipped it.</summary>
    public static MerchantKnowledge? OfVersion(string version) => Loaded.GetOrAdd(version, v =>
    {
        using var stream = typeof(MerchantKnowledge).Assembly.GetManifestResourceStream($"Ledger.MerchantKnowledge.{v}.json");
        if (stream is null) return null;
        var kb = Parse(stream);
        return kb.Version == v ? kb : throw new InvalidOperationException($"The embedded knowledge file {v}.json says it is {kb.Version}.");
    });

    public string Version { get; }
    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    /// <summary>The account kinds this version speaks of, with the words a custom chart's account is found by.</summary>
    public IReadOnlyDictionary<string, AccountKind> Kinds { get; }

    /// <summary>Each template's kinds → its chart codes.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Templates { get; }

    /// <summary>How a custom chart is matched by name (<see cref="KindMapping"/>): 1 as kb-2026.1 did; 2 with tie-breaks, a kind's
    /// words that rule an account out, and "taxes"/"boxes"/"lunches" stemmed to tax/box/lunch.</summary>
    public int Mapping { get; }

    public static MerchantKnowledge Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<KnowledgeFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                   ?? throw new InvalidOperationException("The merchant knowledge base is empty.");
        if (string.IsNullOrWhiteSpace(file.Version)) throw new InvalidOperationException("The merchant knowledge base has no version.");
        var kinds = file.Kinds is { Count: > 0 }
            ? file.Kinds.ToDictionary(k => k.Code, k => new AccountKind(k.Code, k.Types.Select(Enum.Parse<AccountType>).ToList(), k.Names) { NotWords = k.Not ?? [] }, StringComparer.Ordinal)
            : (IReadOnlyDictionary<string, AccountKind>)AccountKinds.All;
        var templates = file.Templates is { Count: > 0 }
            ? file.Templates.ToDictionary(t => t.Key, t => (IReadOnlyDictionary<string, string>)t.Value, StringComparer.OrdinalIgnoreCase)
            : TemplateKinds.Tables;
        var entries = file.Entries.Select(e => new KnowledgeEntry(e.Id, e.Kind, e.Direction, e.P, e.Phrases)).ToList();
        var unknown = entries.Select(e => e.Kind).Concat(templates.Values.SelectMany(t => t.Keys))
            .Where(k => !kinds.ContainsKey(k)).Distinct().ToList();
        if (unknown.Count > 0) throw new InvalidOperationException($"Knowledge base {file.Version} names unknown kinds: {string.Join(", ", unknown)}.");
        return new MerchantKnowledge(file.Version, entries, kinds, templates, file.Mapping ?? 1);
    }

    /// <summary>
    /// The longest phrase of an entry whose direction fits the amount, found as whole words in the text; ties go to the
    /// entry listed first. Null when nothing matches.
    /// </summary>
    public KnowledgeHit? Match(string text, decimal amount)
    {
        var words = KnowledgeText.Words(text);
        var direction = amount > 0 ? "in" : "out";
        (string[] Words, string Phrase, KnowledgeEntry Entry)? best = null;
        for (var i = 0; i < words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(words[i], out var candidates)) continue;
            foreach (var c in candidates)
            {
                if (best is { } b && b.Words.Length >= c.Words.Length) break; // only a longer phrase can win from here
                if (c.Entry.Direction is { } d && d != direction) continue;
                if (i + c.Words.Length > words.Count || !c.Words.AsSpan().SequenceEqual(words.GetRange(i, c.Words.Length).ToArray())) continue;
                best = c;
                break;
            }
        }
        return best is { } hit ? new KnowledgeHit(hit.Entry, hit.Phrase) : null;
    }

    private sealed record KnowledgeFile(string Version, List<FileEntry> Entries, List<FileKind>? Kinds,
        Dictionary<string, Dictionary<string, string>>? Templates, int? Mapping);

    private sealed record FileEntry(string Id, string Kind, string? Direction, double P, List<string> Phrases);

    private sealed record FileKind(string Code, List<string> Types, List<string> Names, List<string>? Not);
}
