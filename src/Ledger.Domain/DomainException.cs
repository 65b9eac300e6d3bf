namespace Ledger.Domain;

/// <summary>A business rule refused the input; the message is meant for the person who sent it.</summary>
public class DomainException(string message) : Exception(message);

/// <summary>A refusal about one field of the request; the API names <see cref="Field"/> in the 400 it answers with.</summary>
public sealed class FieldRefusedException(string field, string message) : DomainException($"{field}: {message}")
{
    public string Field { get; } = field;
    public string Reason { get; } = message;
}
