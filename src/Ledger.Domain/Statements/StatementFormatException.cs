namespace Ledger.Domain.Statements;

/// <summary>The file as a whole cannot be read (unknown format, investment statement, ambiguous dates...). Row problems go to IStatementReader.Errors instead.</summary>
public sealed class StatementFormatException : Exception
{
    public IReadOnlyList<StatementError> Errors { get; }

    public StatementFormatException(string file, string message)
        : this([new StatementError(file, 0, "", message)]) { }

    public StatementFormatException(IReadOnlyList<StatementError> errors)
        : base(string.Join(" ", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }
}
