using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ledger.Domain.Categorization.Knowledge;

/// <summary>One curated fact: bank lines with any of these phrases are (with prior <see cref="P"/>) of this account kind.</summary>
/// <param name="Direction">"out", "in" or null for either.</param>
public sealed record KnowledgeEntry(string Id, string Kind, string? Direction, double P, IReadOnlyList<string> Phrases);

/// <summary>The entry that matched a bank line, and the phrase that matched.</summary>
public sealed record KnowledgeHit(KnowledgeEntry Entry, string Phrase);

/// <summary>
/// The merchant knowledge base shipped with the product (an embedded resource, <c>merchant-knowledge.json</c>), versioned
/// as a whole: the version is named in every proposal it makes. It is product data written from general knowledge, never
/// learnt from any tenant, so it informs every tenant alike and no tenant's books inform another's.
/// </summary>
public sealed class MerchantKnowledge
{
    private static readonly Lazy<MerchantKnowledge> ShippedBase = new(() =>
    {
        using var stream = typeof(MerchantKnowledge).Assembly.GetManifestResourceStream("Ledger.MerchantKnowledge.json")
                           ?? throw new InvalidOperationException("The merchant knowledge base is not embedded in Ledger.Domain.");
        return Parse(stream);
    });

    // Phrases by their first word, longest first, so a scan tries the most specific phrase at each position first.
    private readonly Dictionary<string, List<(string[] Words, string Phrase, KnowledgeEntry Entry)>> _byFirstWord;

    private MerchantKnowledge(string version, IReadOnlyList<KnowledgeEntry> entries)
    {
        Version = version;
        Entries = entries;
        _byFirstWord = entries
            .SelectMany(e => e.Phrases.Select(p => (Words: KnowledgeText.Words(p).ToArray(), Phrase: p, Entry: e)))
            .Where(x => x.Words.Length > 0)
            .GroupBy(x => x.Words[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Words.Length).ToList(), StringComparer.Ordinal);
    }

    public static MerchantKnowledge Shipped => ShippedBase.Value;

    public string Version { get; }
    public IReadOnlyList<KnowledgeEntry> Entries { get; }

    public static MerchantKnowledge Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<KnowledgeFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                   ?? throw new InvalidOperationException("The merchant knowledge base is empty.");
        if (string.IsNullOrWhiteSpace(file.Version)) throw new InvalidOperationException("The merchant knowledge base has no version.");
        var entries = file.Entries.Select(e => new KnowledgeEntry(e.Id, e.Kind, e.Direction, e.P, e.Phrases)).ToList();
        var unknown = entries.Where(e => !AccountKinds.All.ContainsKey(e.Kind)).Select(e => $"{e.Id} ({e.Kind})").ToList();
        if (unknown.Count > 0) throw new InvalidOperationException($"Knowledge entries with an unknown kind: {string.Join(", ", unknown)}.");
        return new MerchantKnowledge(file.Version, entries);
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

    private sealed record KnowledgeFile(string Version, List<FileEntry> Entries);

    private sealed record FileEntry(string Id, string Kind, string? Direction, double P, List<string> Phrases);
}
