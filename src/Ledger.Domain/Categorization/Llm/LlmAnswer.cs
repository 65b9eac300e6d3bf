using System.Globalization;
using System.Text.Json;
using Ledger.Domain.Accounts;

namespace Ledger.Domain.Categorization.Llm;

/// <summary>
/// Turns a raw model reply into a suggestion the ledger may use. Lenient about packaging (```json fences, chatter
/// around the object), strict about content: the code must be in the tenant's chart, because a posting to an
/// account that does not exist is worse than no suggestion.
/// </summary>
public static class LlmAnswer
{
    private const int MaxReasonLength = 500;

    public static LlmAnswerResult Parse(string? raw, IReadOnlyList<ChartAccount> chart, string? bankAccountName = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (string.IsNullOrWhiteSpace(raw))
            return LlmAnswerResult.Invalid("empty reply");

        if (LlmJsonObject.Find(raw) is not { } root)
            return LlmAnswerResult.Invalid("no JSON object in reply");

        using (root)
        {
            var obj = root.RootElement;
            if (!TryString(obj, "account_code", out var code))
                return LlmAnswerResult.Invalid("missing account_code");
            if (!TryConfidence(obj, out var confidence, out var confidenceError))
                return LlmAnswerResult.Invalid(confidenceError);
            if (!TryString(obj, "reason", out var reason))
                return LlmAnswerResult.Invalid("missing reason");

            // Exact code first; a case-only difference ("misc" vs "MISC") is accepted and mapped to the chart's spelling.
            var account = chart.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.Ordinal))
                          ?? chart.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase));
            if (account is null)
                return LlmAnswerResult.Invalid($"unknown account code '{Shorten(code, 40)}'");

            // Posting a bank line to its own bank account would be a no-op entry; it only happens when the model is lost.
            if (bankAccountName is not null &&
                (string.Equals(account.Name, bankAccountName, StringComparison.OrdinalIgnoreCase) ||
                 string.Equals(account.QualifiedName, bankAccountName, StringComparison.OrdinalIgnoreCase)))
                return LlmAnswerResult.Invalid($"suggested the bank account itself '{account.Code}'");

            return LlmAnswerResult.Valid(account.Code, confidence, Shorten(reason, MaxReasonLength));
        }
    }

    private static bool TryString(JsonElement obj, string name, out string value)
    {
        value = "";
        if (!obj.TryGetProperty(name, out var p)) return false;
        // Models sometimes emit numeric codes unquoted (6100); the chart code is text, so take the literal.
        value = p.ValueKind switch
        {
            JsonValueKind.String => p.GetString()!.Trim(),
            JsonValueKind.Number => p.GetRawText(),
            _ => "",
        };
        return value.Length > 0;
    }

    private static bool TryConfidence(JsonElement obj, out double confidence, out string error)
    {
        confidence = 0;
        error = "";
        if (!obj.TryGetProperty("confidence", out var p)) { error = "missing confidence"; return false; }
        var ok = p.ValueKind switch
        {
            JsonValueKind.Number => p.TryGetDouble(out confidence),
            JsonValueKind.String => double.TryParse(p.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out confidence),
            _ => false,
        };
        if (!ok || !double.IsFinite(confidence)) { error = "confidence is not a number"; return false; }
        // Refused, not clamped: 85 may mean 85 % or a broken answer, and guessing would inflate auto-posting.
        if (confidence is < 0 or > 1) { error = $"confidence {confidence.ToString(CultureInfo.InvariantCulture)} outside [0,1]"; return false; }
        return true;
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..max];
}
