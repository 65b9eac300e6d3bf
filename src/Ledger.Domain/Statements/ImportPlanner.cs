namespace Ledger.Domain.Statements;

public enum LineOutcome { New, Duplicate }

public sealed record PlannedLine(StatementLine Line, string TransactionId, string Fingerprint, LineOutcome Outcome, bool FitIdReused);

/// <summary>
/// Decides, line by line, whether a statement line is new or already imported. Pure: the caller looks up which candidate
/// ids already exist (and with which fingerprint) and passes them in. A file can be planned chunk by chunk when each
/// chunk's lookup also sees the earlier chunks' new streams (the importer writes them in the same transaction first).
/// </summary>
public static class ImportPlanner
{
    public sealed record Candidate(StatementLine Line, string Fingerprint, string PrimaryId, string? ReusedId);

    /// <summary>Candidates for a whole file held in memory: identical rows are numbered with an exact count.</summary>
    public static IEnumerable<Candidate> Candidates(string bankAccountCode, IEnumerable<StatementLine> lines)
    {
        var ordinals = new Dictionary<string, int>();
        foreach (var c in Candidates(bankAccountCode, lines, fingerprint => ordinals[fingerprint] = ordinals.GetValueOrDefault(fingerprint) + 1))
            yield return c;
    }

    /// <param name="nextOrdinal">
    /// Called once per line without a FITID, in file order: that line's ordinal among the identical lines before it, from 1.
    /// A file read in chunks passes one <see cref="TwinRows.Numbering"/> through all its chunks.
    /// </param>
    public static IEnumerable<Candidate> Candidates(string bankAccountCode, IEnumerable<StatementLine> lines, Func<string, int> nextOrdinal)
    {
        foreach (var line in lines)
        {
            var fingerprint = TransactionIds.Fingerprint(line);
            if (line.FitId is { Length: > 0 } fitId)
            {
                var primary = TransactionIds.ForFitId(bankAccountCode, fitId);
                yield return new Candidate(line, fingerprint, primary, TransactionIds.ForReusedFitId(primary, fingerprint));
            }
            else
            {
                yield return new Candidate(line, fingerprint, TransactionIds.ForContent(bankAccountCode, fingerprint, nextOrdinal(fingerprint)), null);
            }
        }
    }

    /// <param name="existing">Stream id → fingerprint of every candidate id (primary or reused) already stored.</param>
    public static IReadOnlyList<PlannedLine> Plan(IEnumerable<Candidate> candidates, IReadOnlyDictionary<string, string> existing)
    {
        var seen = new Dictionary<string, string>(existing);
        var planned = new List<PlannedLine>();
        foreach (var c in candidates)
        {
            if (!seen.TryGetValue(c.PrimaryId, out var storedFingerprint))
            {
                seen[c.PrimaryId] = c.Fingerprint;
                planned.Add(new PlannedLine(c.Line, c.PrimaryId, c.Fingerprint, LineOutcome.New, false));
            }
            else if (storedFingerprint == c.Fingerprint || c.ReusedId is null)
            {
                planned.Add(new PlannedLine(c.Line, c.PrimaryId, c.Fingerprint, LineOutcome.Duplicate, false));
            }
            else
            {
                // Same FITID, different date, amount or payee: the bank reused the id. Keep it, under an id of its own.
                var outcome = seen.TryAdd(c.ReusedId, c.Fingerprint) ? LineOutcome.New : LineOutcome.Duplicate;
                planned.Add(new PlannedLine(c.Line, c.ReusedId, c.Fingerprint, outcome, true));
            }
        }
        return planned;
    }
}
