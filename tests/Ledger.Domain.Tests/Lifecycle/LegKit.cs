using Ledger.Domain.Accounts;
using Ledger.Domain.Decisions;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Review;
using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Domain.Tests.Lifecycle;

/// <summary>Streams of transactions as the pipeline and reviewers write them: a checking payment to the card and its card leg.</summary>
public static class LegKit
{
    public static readonly Instant At = Instant.FromUtc(2026, 11, 5, 9, 0);
    public static readonly LocalDate Day = new(2026, 11, 3);
    public static readonly ChartAccount Checking = new("1000", "Checking", AccountType.Asset);
    public static readonly ChartAccount Card = new("2100", "Card", AccountType.Liability);
    public static readonly ChartAccount[] Chart =
        [Checking, Card, new("6300", "Office", AccountType.Expense), new("6000", "Ads", AccountType.Expense), new("4000", "Sales", AccountType.Income)];

    public static TransactionImported Imported(string id, string bank, decimal amount, string payee = "PAYMENT") =>
        new(id, Guid.NewGuid(), bank, Day, amount, payee, null, null, null, null, "fp-" + id, false, 2, At);

    /// <summary>"pay" -500 out of checking and "card" +500 onto the card, paired.</summary>
    public static (TransactionLifecycle Pay, TransactionLifecycle Card) Pair() =>
        (Fold(Imported("pay", "1000", -500m, "PAYMENT TO CARD"), Detected("pay", "card", "2100", -500m), Proposed("pay", "2100", "transfer"), Queued("pay", "2100")),
         Fold(Imported("card", "2100", 500m, "PAYMENT THANK YOU"), Detected("card", "pay", "1000", 500m), Proposed("card", "1000", "transfer"), Queued("card", "1000")));

    public static TransferPairDetected Detected(string id, string other, string otherBank, decimal amount) =>
        new(id, other, otherBank, amount, Day, Day, At);

    public static CategoryProposed Proposed(string id, string? account, string source = "model") =>
        new(id, source, account, "vendor", 0.8, 0.9, [], "m-1", "cal-1", null, null, 0m, ["x"], 1, At);

    public static GateEvaluated Gated(string id) =>
        new(id, new GateInputs(0, 0.9, [], false, new TenantPolicy(0.9, 3, false, 1)), Gates.Evaluate(new GateInputs(0, 0.9, [], false, new TenantPolicy(0.9, 3, false, 1))), At);

    public static ReviewRequested Queued(string id, string? account) => new(id, [ReasonCode.AutopostDisabled], "1000", Day, -31.15m, "X", "vendor", account, 0.9, "model", At);

    public static TransactionLifecycle Fold(params object[] events) => TransactionLifecycle.Fold(events)!;

    public static TransactionLifecycle Then(this TransactionLifecycle s, IEnumerable<object> events) => events.Aggregate(s, (x, e) => x.Evolve(e));

    public static ReviewFacts Facts(string by = "rita") => new(Chart, by, At, Guid.NewGuid(), Guid.NewGuid());

    /// <summary>Debits minus credits per account over the entries and reversals among <paramref name="events"/>.</summary>
    public static Dictionary<string, decimal> Balances(IEnumerable<object> events) =>
        events.SelectMany(e => e switch { JournalEntryPosted p => p.Lines, JournalEntryReversed r => r.Lines, _ => [] })
            .GroupBy(l => l.AccountCode).ToDictionary(g => g.Key, g => g.Sum(l => l.Debit - l.Credit));
}
