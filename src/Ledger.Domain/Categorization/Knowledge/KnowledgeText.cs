using System.Text;

namespace Ledger.Domain.Categorization.Knowledge;

/// <summary>
/// The word form the knowledge base matches on: lowercase letters and digits, split at every other character and at
/// letter/digit boundaries ("GOOGLE*ADS8391" → google ads 8391, "PG&amp;E" → pg e, "McDonald's" → mcdonald s), so a phrase
/// written once matches the ways banks print it.
/// </summary>
public static class KnowledgeText
{
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var word = new StringBuilder();
        var digits = false;
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (!char.IsLetterOrDigit(c) || (word.Length > 0 && char.IsDigit(c) != digits))
            {
                if (word.Length > 0) words.Add(word.ToString());
                word.Clear();
            }
            if (!char.IsLetterOrDigit(c)) continue;
            digits = char.IsDigit(c);
            word.Append(c);
        }
        if (word.Length > 0) words.Add(word.ToString());
        return words;
    }

    /// <summary>A crude English stem for account names: "supplies" → supply, "fees" → fee, "utilities" → utility.</summary>
    public static string Stem(string word) =>
        word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    /// <summary>
    /// Mapping 2's stem: also "taxes" → tax, "boxes" → box, "lunches" → lunch, "businesses" → business (the first stem made
    /// them taxe, boxe, lunche, businesse, so "tax" never found "Taxes & Licenses"). Kept apart: kb-2026.1's mapping stays as it was.
    /// </summary>
    public static string Stem2(string word) =>
        word.Length > 4 && (word.EndsWith("xes", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal)
                            || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal))
            ? word[..^2]
            : Stem(word);
}
