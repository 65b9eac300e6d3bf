using System.Text.Json.Serialization;
using Ledger.Domain.Decisions;
using Ledger.Domain.Review;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Lifecycle;

/// <summary>The entry a transaction has on the books now (posted and not reversed).</summary>
public sealed record LiveEntry(Guid EntryId, LocalDate EntryDate, IReadOnlyList<JournalLine> Lines, string PostedBy);

/// <summary>
/// THE fold of a transaction stream. Every write rule (the decision pipeline, the reviewer acts), the TransactionView read
/// model and the audit views derive from this one <see cref="Evolve"/>: a second fold with its own rules is how a transfer
/// got booked twice. Total over every event a transaction stream has ever held; events it does not need leave it as it is.
/// <para>Not sealed: the TransactionView read model is this record plus the bank line's details, so its stored fields keep
/// the names they always had.</para>
/// </summary>
public record TransactionLifecycle
{
    public string TransactionId { get; init; } = "";
    public string BankAccountCode { get; init; } = "";
    public LocalDate PostedOn { get; init; }
    public decimal Amount { get; init; }
    public string Payee { get; init; } = "";
    public string? Memo { get; init; }
    public string Status { get; init; } = TransactionStatus.Imported;
    public string? VendorKey { get; init; }
    public string? ProposedAccountCode { get; init; }
    public string? ProposalSource { get; init; }
    public double? CalibratedP { get; init; }
    public IReadOnlyList<string> Reasons { get; init; } = [];
    public bool? WouldAutoPost { get; init; }
    /// <summary>The pipeline has decided it (GateEvaluated) since it was imported or its pairing was last reopened.</summary>
    public bool Decided { get; init; }
    public Guid? EntryId { get; init; }
    public LocalDate? EntryDate { get; init; }
    public IReadOnlyList<JournalLine>? EntryLines { get; init; }
    public string? PostedBy { get; init; }
    /// <summary>The account the live entry books the money to (the first non-bank line; a split has several).</summary>
    public string? FinalAccountCode { get; init; }
    public string? ExclusionReason { get; init; }
    /// <summary>The pairing while it stands: this leg and one in another own account are one transfer.</summary>
    public TransferPairDetected? Transfer { get; init; }
    /// <summary>The other leg while paired (what the transaction list shows).</summary>
    public string? TransferCounterpartId { get; init; }
    /// <summary>The entry on the other leg that books this leg's money too (null in histories that covered before posting).</summary>
    public Guid? CoveringEntryId { get; init; }
    /// <summary>The other leg's own account of a pairing that was reopened: a fresh proposal never names it (see TransferProposal).</summary>
    public string? ReopenedFromAccount { get; init; }
    /// <summary>The live answer is suspected of being a slip and its label is held back until it is confirmed or corrected.</summary>
    public SlipSuspected? SuspectedSlip { get; init; }

    [JsonIgnore]
    public LiveEntry? Entry => EntryId is { } id && EntryLines is { } lines ? new LiveEntry(id, EntryDate ?? PostedOn, lines, PostedBy ?? "") : null;

    [JsonIgnore] public bool Excluded => Status == TransactionStatus.Excluded;
    [JsonIgnore] public bool Covered => Status == TransactionStatus.CoveredByTransfer;
    [JsonIgnore] public bool InReview => Status == TransactionStatus.InReview;

    /// <summary>What the decision pipeline still has to do: propose and gate it (a covered leg is still proposed and gated, for the metrics).</summary>
    [JsonIgnore] public bool NeedsDecision => !Decided && EntryId is null && !Excluded;

    public static TransactionLifecycle Start(TransactionImported e) => new()
    {
        TransactionId = e.TransactionId, BankAccountCode = e.BankAccountCode, PostedOn = e.PostedOn, Amount = e.Amount, Payee = e.Payee, Memo = e.Memo,
    };

    /// <summary>The state after the stream's events; null when they hold no import (an unknown id, or another tenant's).</summary>
    public static TransactionLifecycle? Fold(IEnumerable<object> events)
    {
        TransactionLifecycle? state = null;
        foreach (var e in events)
            state = state is null ? e is TransactionImported imported ? Start(imported) : null : state.Evolve(e);
        return state;
    }

    public TransactionLifecycle Evolve(object e) => e switch
    {
        TransferPairDetected p => this with { Transfer = p, TransferCounterpartId = p.CounterpartTransactionId },
        CategoryProposed p => this with
        {
            VendorKey = p.VendorKey, ProposedAccountCode = p.AccountCode, ProposalSource = p.Source, CalibratedP = p.CalibratedP,
            Status = Status == TransactionStatus.Imported ? TransactionStatus.Proposed : Status,
        },
        GateEvaluated g => this with { Reasons = [.. g.Decision.Reasons], WouldAutoPost = g.Decision.WouldAutoPost, Decided = true },
        // A covered leg whose pair's entry was reversed goes back to the queue through this too.
        ReviewRequested => this with { Status = TransactionStatus.InReview, CoveringEntryId = null },
        JournalEntryPosted p => this with
        {
            Status = TransactionStatus.Posted, EntryId = p.EntryId, EntryDate = p.EntryDate, EntryLines = p.Lines, PostedBy = p.PostedBy,
            FinalAccountCode = p.Lines.Where(l => l.AccountCode != BankAccountCode).Select(l => l.AccountCode).FirstOrDefault(),
            CoveringEntryId = null,
        },
        JournalEntryReversed r when r.EntryId == EntryId => this with
        {
            Status = TransactionStatus.Reversed, EntryId = null, EntryDate = null, EntryLines = null, PostedBy = null, FinalAccountCode = null,
            SuspectedSlip = null,
        },
        SlipSuspected x => this with { SuspectedSlip = x },
        ReviewConfirmed => this with { SuspectedSlip = null },
        TransactionExcluded x => this with { Status = TransactionStatus.Excluded, ExclusionReason = x.Reason },
        TransferLegCovered c when EntryId is null && !Excluded => this with { Status = TransactionStatus.CoveredByTransfer, CoveringEntryId = c.CounterpartEntryId, FinalAccountCode = null },
        TransferPairReopened r => Reopened(r),
        _ => this,
    };

    TransactionLifecycle Reopened(TransferPairReopened r)
    {
        var unpaired = this with { Transfer = null, TransferCounterpartId = null, CoveringEntryId = null, ReopenedFromAccount = Transfer?.CounterpartBankAccountCode };
        // The leg acted on is booked by the act's own events; the other one loses its transfer proposal and is decided afresh.
        if (r.ActedOnTransactionId == TransactionId || EntryId is not null || Excluded) return unpaired;
        return unpaired with
        {
            Status = TransactionStatus.Imported, Decided = false, ProposedAccountCode = null, ProposalSource = null, CalibratedP = null,
            Reasons = [], WouldAutoPost = null,
        };
    }

    /// <summary>The live entry books money between this account and <paramref name="account"/> (a transfer entry, from either leg).</summary>
    public bool EntryTouches(string account) => EntryLines?.Any(l => l.AccountCode == account) == true;
}
