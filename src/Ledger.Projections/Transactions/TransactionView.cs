using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Review;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Projections.Transactions;

/// <summary>
/// One bank transaction as it stands: the lifecycle state (<see cref="TransactionLifecycle"/>, the one fold every write
/// decision also uses) plus what the bank said that no decision needs. Every event goes through the lifecycle's Evolve.
/// </summary>
public sealed record TransactionView : TransactionLifecycle
{
    public string Id { get; set; } = "";
    public Guid ImportId { get; set; }
    public string? FitId { get; set; }
    public string? CheckNumber { get; set; }
    public bool FitIdReused { get; set; }
    public Instant ImportedAt { get; set; }
    public int Version { get; set; }

    public TransactionView() { }

    TransactionView(TransactionLifecycle state) : base(state) { }

    public static TransactionView Create(TransactionImported e) => new(Start(e))
    {
        Id = e.TransactionId, ImportId = e.ImportId, FitId = e.FitId, CheckNumber = e.CheckNumber, FitIdReused = e.FitIdReused, ImportedAt = e.At,
    };

    public TransactionView Apply(TransferPairDetected e) => Next(e);
    public TransactionView Apply(CategoryProposed e) => Next(e);
    public TransactionView Apply(GateEvaluated e) => Next(e);
    public TransactionView Apply(ReviewRequested e) => Next(e);
    public TransactionView Apply(JournalEntryPosted e) => Next(e);
    public TransactionView Apply(JournalEntryReversed e) => Next(e);
    public TransactionView Apply(TransferLegCovered e) => Next(e);
    public TransactionView Apply(TransferPairReopened e) => Next(e);
    public TransactionView Apply(ReviewApproved e) => Next(e);
    public TransactionView Apply(TransactionRecategorized e) => Next(e);
    public TransactionView Apply(TransactionSplit e) => Next(e);
    public TransactionView Apply(TransactionExcluded e) => Next(e);
    public TransactionView Apply(SlipSuspected e) => Next(e);
    public TransactionView Apply(ReviewConfirmed e) => Next(e);
    // Not TransactionLabelled: imported history's label batches hold them too, and they must not become transactions.

    // A record's "with" clones the runtime type, so the lifecycle's Evolve keeps this view's own fields.
    TransactionView Next(object e) => (TransactionView)Evolve(e);
}
