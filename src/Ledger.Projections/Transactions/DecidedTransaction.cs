using NodaTime;

namespace Ledger.Projections.Transactions;

/// <summary>
/// Inserted (never updated) in the same transaction as a decision's events: a second decision of the same transaction
/// fails on its primary key and rolls back, so nothing is ever decided twice, even by two workers at once.
/// </summary>
public sealed class DecidedTransaction
{
    public string Id { get; set; } = "";
    public Instant DecidedAt { get; set; }
}
