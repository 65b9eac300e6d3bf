using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Review;
using Ledger.Domain.Statements;

namespace Ledger.Projections.Review;

/// <summary>
/// The write model every act on a transaction is checked against (FetchForWriting): the lifecycle state aggregated live
/// from the transaction's stream on each act (a handful of events), so it can never lag behind the way the async
/// TransactionView can. Every event goes through the one fold, <see cref="TransactionLifecycle.Evolve"/>.
/// </summary>
public sealed class ReviewableTransaction
{
    public string Id { get; set; } = "";
    public TransactionLifecycle? State { get; set; }

    public static ReviewableTransaction Create(TransactionImported e) => new() { Id = e.TransactionId, State = TransactionLifecycle.Start(e) };

    public void Apply(TransferPairDetected e) => Evolve(e);
    public void Apply(CategoryProposed e) => Evolve(e);
    public void Apply(GateEvaluated e) => Evolve(e);
    public void Apply(ReviewRequested e) => Evolve(e);
    public void Apply(JournalEntryPosted e) => Evolve(e);
    public void Apply(JournalEntryReversed e) => Evolve(e);
    public void Apply(TransferLegCovered e) => Evolve(e);
    public void Apply(TransferPairReopened e) => Evolve(e);
    public void Apply(ReviewApproved e) => Evolve(e);
    public void Apply(TransactionRecategorized e) => Evolve(e);
    public void Apply(TransactionSplit e) => Evolve(e);
    public void Apply(TransactionExcluded e) => Evolve(e);
    public void Apply(SlipSuspected e) => Evolve(e);
    public void Apply(ReviewConfirmed e) => Evolve(e);

    void Evolve(object e) => State = State?.Evolve(e);
}
