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
}
