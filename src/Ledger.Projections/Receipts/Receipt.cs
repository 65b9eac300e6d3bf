using Ledger.Domain.Receipts;

namespace Ledger.Projections.Receipts;

/// <summary>
/// A receipt's inline snapshot: the domain's fold (<see cref="ReceiptState"/>) and the columns queries filter on, kept
/// beside it because Marten LINQ cannot compare NodaTime values (the receipt's date as a day number) and lists ask for
/// matched or unmatched receipts and for the receipts of given transactions.
/// </summary>
public sealed class Receipt
{
    public string Id { get; set; } = "";
    public ReceiptState State { get; set; } = null!;
    public string? MatchedTransactionId { get; set; }
    public int? DateDay { get; set; }
    public int Version { get; set; }

    public static Receipt Create(ReceiptReceived e) => new Receipt { Id = e.ReceiptId }.With(ReceiptState.Start(e));

    public void Apply(ReceiptRead e) => With(State.Evolve(e));
    public void Apply(ReceiptFieldsEntered e) => With(State.Evolve(e));
    public void Apply(ReceiptMatched e) => With(State.Evolve(e));
    public void Apply(ReceiptUnmatched e) => With(State.Evolve(e));

    public Receipt With(ReceiptState state)
    {
        State = state;
        MatchedTransactionId = state.MatchedTransactionId;
        DateDay = state.Facts.Date?.Value.ToDateOnly().DayNumber;
        return this;
    }
}
