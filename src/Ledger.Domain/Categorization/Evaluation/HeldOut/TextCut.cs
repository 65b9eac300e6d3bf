namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>Fixed-width fields as payment networks carry them, and stable numbers for names.</summary>
internal static class TextCut
{
    /// <summary>The first <paramref name="width"/> characters, as a field of that width keeps them.</summary>
    public static string Cut(this string text, int width) => text.Length <= width ? text : text[..width].TrimEnd();

    /// <summary>A number fixed by the name alone (FNV-1a), so an originator keeps its id all year and across runs.</summary>
    public static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text) { hash ^= c; hash *= 1099511628211UL; }
        return hash;
    }

    public static string StableDigits(string text, int count) =>
        (StableHash(text) % (ulong)Math.Pow(10, count)).ToString().PadLeft(count, '0');

    public static string StableLetters(string text, int count)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        var hash = StableHash(text + "#");
        var chars = new char[count];
        for (var i = 0; i < count; i++) { chars[i] = alphabet[(int)(hash % (ulong)alphabet.Length)]; hash /= (ulong)alphabet.Length; if (hash == 0) hash = StableHash(text + i); }
        return new string(chars);
    }
}
