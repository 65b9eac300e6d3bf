namespace Ledger.Domain;

/// <summary>
/// A bookkeeping rule was violated (unbalanced split, sub-cent amount, ...). Distinct from
/// <see cref="ArgumentException"/> so the API can map it to a 422 with the message shown to the user.
/// </summary>
public sealed class DomainException(string message) : Exception(message);
