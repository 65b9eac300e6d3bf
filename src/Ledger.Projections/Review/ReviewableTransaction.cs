using Ledger.Domain.Decisions;
using Ledger.Domain.Review;
using Ledger.Domain.Statements;

namespace Ledger.Projections.Review;

/// <summary>
/// The write model a reviewer's act is checked against, aggregated live from the transaction's stream on each act
/// (a handful of events), so it can never lag behind the way the async TransactionView can.
/// </summary>
public sealed class ReviewableTransaction
{
    public string Id { get; set; } = "";
    public ReviewState? State { get; set; }

    public static ReviewableTransaction Create(TransactionImported e) => new() { Id = e.TransactionId, State = ReviewState.Start(e) };

    public void Apply(CategoryProposed e) => Evolve(e);
    public void Apply(ReviewRequested e) => Evolve(e);
    public void Apply(JournalEntryPosted e) => Evolve(e);
    public void Apply(JournalEntryReversed e) => Evolve(e);
    public void Apply(TransactionExcluded e) => Evolve(e);

    void Evolve(object e) => State = State?.Evolve(e);
}
