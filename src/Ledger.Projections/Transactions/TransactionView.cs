using Ledger.Domain.Decisions;
using Ledger.Domain.Review;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Projections.Transactions;

/// <summary>One bank transaction as it stands: what the bank said, and (as later events arrive) proposal, decision and entry.</summary>
public sealed class TransactionView
{
    public string Id { get; set; } = "";
    public string BankAccountCode { get; set; } = "";
    public Guid ImportId { get; set; }
    public LocalDate PostedOn { get; set; }
    public decimal Amount { get; set; }
    public string Payee { get; set; } = "";
    public string? Memo { get; set; }
    public string? FitId { get; set; }
    public string? CheckNumber { get; set; }
    public bool FitIdReused { get; set; }
    public string Status { get; set; } = TransactionStatus.Imported;
    public string? VendorKey { get; set; }
    public string? ProposedAccountCode { get; set; }
    public string? ProposalSource { get; set; }
    public double? CalibratedP { get; set; }
    public List<string> Reasons { get; set; } = [];
    public bool? WouldAutoPost { get; set; }
    public string? FinalAccountCode { get; set; }
    public Guid? EntryId { get; set; }
    public string? PostedBy { get; set; }
    public Instant ImportedAt { get; set; }
    public int Version { get; set; }
    public string? ExclusionReason { get; set; }

    /// <summary>The other leg when this transaction moved money between two of the tenant's own accounts.</summary>
    public string? TransferCounterpartId { get; set; }

    public static TransactionView Create(TransactionImported e) => new()
    {
        Id = e.TransactionId, BankAccountCode = e.BankAccountCode, ImportId = e.ImportId, PostedOn = e.PostedOn, Amount = e.Amount,
        Payee = e.Payee, Memo = e.Memo, FitId = e.FitId, CheckNumber = e.CheckNumber, FitIdReused = e.FitIdReused, ImportedAt = e.At,
    };

    public void Apply(CategoryProposed e)
    {
        Status = TransactionStatus.Proposed; VendorKey = e.VendorKey; ProposedAccountCode = e.AccountCode; ProposalSource = e.Source; CalibratedP = e.CalibratedP;
    }

    public void Apply(GateEvaluated e) { Reasons = [.. e.Decision.Reasons]; WouldAutoPost = e.Decision.WouldAutoPost; }

    public void Apply(ReviewRequested e) => Status = TransactionStatus.InReview;

    public void Apply(JournalEntryPosted e)
    {
        Status = TransactionStatus.Posted; EntryId = e.EntryId; PostedBy = e.PostedBy;
        FinalAccountCode = e.Lines.Where(l => l.AccountCode != BankAccountCode).Select(l => l.AccountCode).FirstOrDefault();
    }

    public void Apply(TransferLegCovered e) { Status = TransactionStatus.CoveredByTransfer; FinalAccountCode = null; }

    public void Apply(JournalEntryReversed e) { Status = TransactionStatus.Reversed; EntryId = null; FinalAccountCode = null; }
    public void Apply(TransactionExcluded e) { Status = TransactionStatus.Excluded; ExclusionReason = e.Reason; }
    public void Apply(TransferPairDetected e) => TransferCounterpartId = e.CounterpartTransactionId;
}

public static class TransactionStatus
{
    public const string Imported = "imported";
    public const string Proposed = "proposed";
    public const string InReview = "in_review";
    public const string Posted = "posted";
    public const string Reversed = "reversed";
    /// <summary>A transfer leg whose single entry lives on the other leg.</summary>
    public const string CoveredByTransfer = "covered_by_transfer";
    public const string Excluded = "excluded";
}
