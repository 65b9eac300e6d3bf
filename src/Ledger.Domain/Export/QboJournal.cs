using Ledger.Domain.Decisions;
using NodaTime;

namespace Ledger.Domain.Export;

/// <summary>One journal entry as QuickBooks Online imports it: one number, one date, balanced lines.</summary>
/// <param name="Currency">The tenant's books currency (never a default: a CAD tenant's entries exported as USD are wrong money).</param>
public sealed record QboJournal(string JournalNo, LocalDate Date, string Memo, IReadOnlyList<JournalLine> Lines, string Currency)
{
    /// <summary>
    /// QBO caps "Journal No" at 21 characters, so a 36-character entry id does not fit. The first 12 hex digits of the
    /// entry id (48 random bits) are unique in practice, stay the same on every re-export and need no counter.
    /// </summary>
    public static string NumberFor(Guid entryId) => "JE-" + entryId.ToString("N")[..12].ToUpperInvariant();
}
