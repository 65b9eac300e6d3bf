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
    public Instant ImportedAt { get; set; }
    public int Version { get; set; }

    /// <summary>The other leg when this transaction moved money between two of the tenant's own accounts.</summary>
    public string? TransferCounterpartId { get; set; }

    public static TransactionView Create(TransactionImported e) => new()
    {
        Id = e.TransactionId, BankAccountCode = e.BankAccountCode, ImportId = e.ImportId, PostedOn = e.PostedOn, Amount = e.Amount,
        Payee = e.Payee, Memo = e.Memo, FitId = e.FitId, CheckNumber = e.CheckNumber, FitIdReused = e.FitIdReused, ImportedAt = e.At,
    };

    public void Apply(TransferPairDetected e) => TransferCounterpartId = e.CounterpartTransactionId;
}

public static class TransactionStatus
{
    public const string Imported = "imported";
}
