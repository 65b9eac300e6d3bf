using System.Text.Json;

namespace Ledger.Domain.Categorization.Llm;

/// <summary>
/// Finds the first well-formed JSON object inside a model reply. Replies arrive as bare JSON, inside ```json fences,
/// or after a sentence of chatter; scanning for a balanced object covers all three without trusting the fences.
/// </summary>
internal static class LlmJsonObject
{
    public static JsonDocument? Find(string raw)
    {
        for (var start = raw.IndexOf('{'); start >= 0; start = raw.IndexOf('{', start + 1))
        {
            var end = MatchingBrace(raw, start);
            if (end < 0) continue; // a stray "{" in prose; a later one may still open the answer
            try
            {
                var doc = JsonDocument.Parse(raw.AsMemory(start, end - start + 1));
                if (doc.RootElement.ValueKind == JsonValueKind.Object) return doc;
                doc.Dispose();
            }
            catch (JsonException)
            {
                // Braces balanced but not JSON (e.g. "{code}" in prose): try the next '{'.
            }
        }
        return null;
    }

    // Index of the '}' closing the '{' at start, skipping braces inside JSON strings; -1 when never closed.
    private static int MatchingBrace(string s, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < s.Length; i++)
        {
            var c = s[i];
            if (inString)
            {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return -1;
    }
}
