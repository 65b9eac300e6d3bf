namespace Ledger.Domain.Statements;

public interface IStatementReader
{
    StatementFormat Format { get; }

    /// <summary>Streams lines as they are read; rows with errors are recorded in Errors, not yielded. Enumerate once.</summary>
    IEnumerable<StatementLine> ReadLines();

    /// <summary>Complete once ReadLines has been enumerated to the end.</summary>
    IReadOnlyList<StatementError> Errors { get; }

    /// <summary>Complete once ReadLines has been enumerated to the end.</summary>
    StatementSummary Summary { get; }

    /// <summary>
    /// A fresh reader over the same content from where this one started, keeping what was decided about the file (format,
    /// encoding, CSV layout and date order): a second pass yields the same lines without sniffing or scanning again.
    /// Rewinds the stream; the two readers must not be enumerated at the same time.
    /// </summary>
    IStatementReader Reopen();
}
