namespace Ledger.Domain;

/// <summary>A business rule refused the input; the message is meant for the person who sent it.</summary>
public class DomainException(string message) : Exception(message);
