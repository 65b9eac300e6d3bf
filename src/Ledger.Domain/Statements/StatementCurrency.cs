namespace Ledger.Domain.Statements;

/// <summary>A currency a statement names, where it names it.</summary>
/// <param name="Line">The file line (OFX: the line of CURDEF or CURSYM; CSV: the row's line).</param>
/// <param name="Field">CURDEF, CURSYM, or the CSV currency column's header.</param>
/// <param name="Code">As written; empty when the field is there but blank.</param>
/// <param name="Of">What the currency is of, for the message: "the statement", "the row", "transaction 3".</param>
/// <param name="Rate">OFX CURRATE of a transaction's own CURRENCY aggregate; null for a statement's or a row's currency.</param>
/// <param name="AccountId">OFX: the ACCTID of the statement whose CURDEF this is (a file may hold several statements).</param>
public sealed record StatedCurrency(int Line, string Field, string Code, string Of = "the statement", decimal? Rate = null, string? AccountId = null);

/// <summary>
/// Whether a statement may be booked in books kept in one currency. Amounts are never converted: a converted amount changes
/// the line's fingerprint, so importing the file again would duplicate it, and the rate is the bank's, not the bookkeeper's
/// (docs/decisions.md 47). A statement in another currency is refused whole.
/// </summary>
public static class StatementCurrency
{
    /// <summary>Null when the stated currency can be booked in <paramref name="booksCurrency"/>; otherwise the refusal naming file, line and field.</summary>
    /// <param name="earlier">A currency the file stated before this one (a CSV's earlier rows), to name a mix as a mix.</param>
    public static StatementError? Refusal(string fileName, string booksCurrency, StatedCurrency? stated, string? earlier = null)
    {
        if (stated is null) return null;
        var code = stated.Code.Trim();
        // A statement naming no currency is taken as kept in the books' currency, as it always was.
        if (code.Length == 0 || string.Equals(code, booksCurrency, StringComparison.OrdinalIgnoreCase)) return null;
        // A transaction's own CURRENCY at rate 1 is the statement's money under another name (banks write the default this way).
        if (stated.Rate == 1m) return null;
        var upper = code.ToUpperInvariant();
        var where = $"{fileName} line {stated.Line} {stated.Field}";
        var rate = stated.Rate is { } r ? $" at CURRATE {r}" : stated.Field == "CURSYM" ? " (no CURRATE)" : "";
        string message;
        if (!Tenants.BooksCurrency.IsCode(upper))
            message = $"{where}: '{code}' is not an ISO 4217 currency code, so the currency of {stated.Of} is unknown; these books are kept in {booksCurrency}. " +
                      "Nothing was imported.";
        else if (earlier is not null && !string.Equals(earlier.Trim(), code, StringComparison.OrdinalIgnoreCase))
            message = $"{where}: {stated.Of} is in {upper}, the lines before it in {earlier.Trim().ToUpperInvariant()}; a statement is booked in one " +
                      $"currency and these books are kept in {booksCurrency}. Nothing was imported.";
        else if (stated.Field == "CURSYM")   // one transaction of a statement otherwise in the books' currency: no other tenant takes it either
            message = $"{where}: {stated.Of} is in {upper}{rate}; these books are kept in {booksCurrency} and amounts are never converted. " +
                      "Nothing was imported.";
        else
            message = $"{where}: {stated.Of} is in {upper}{rate}; these books are kept in {booksCurrency}. Import it into a tenant kept in {upper}.";
        return new StatementError(fileName, stated.Line, stated.Field, message);
    }
}

/// <summary>
/// The currency rule over a whole statement, streamed with the import's first pass: it keeps the first stated currency (to name
/// a CSV whose rows mix currencies as a mix) and the first refusal (a CAD file would otherwise name every one of its lines).
/// </summary>
public sealed class StatementCurrencyCheck(string fileName, string booksCurrency)
{
    string? first;
    StatementError? refused;

    /// <summary>A line the import takes: its own currency (CSV column, OFX transaction CURRENCY), if it names one.</summary>
    public void Observe(StatementLine line)
    {
        if (refused is not null || line.Currency is not { } stated) return;
        refused = StatementCurrency.Refusal(fileName, booksCurrency, stated, first);
        if (stated.Code.Trim().Length > 0) first ??= stated.Code;
    }

    /// <summary>
    /// Once every line was read: an OFX statement's CURDEF (with <paramref name="ofxAccountId"/>, only the chosen statement's)
    /// comes before any line's own currency; null when the statement can be booked.
    /// </summary>
    public StatementError? Finish(StatementSummary summary, string? ofxAccountId) =>
        summary.StatementCurrencies.Where(c => ofxAccountId is null || c.AccountId == ofxAccountId)
            .Select(c => StatementCurrency.Refusal(fileName, booksCurrency, c)).FirstOrDefault(e => e is not null) ?? refused;
}
