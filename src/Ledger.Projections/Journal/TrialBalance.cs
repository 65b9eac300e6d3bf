using Ledger.Domain.Decisions;
using Marten.Events.Projections;

namespace Ledger.Projections.Journal;

/// <summary>Debits and credits per account over every posted entry; total debits equal total credits at every moment.</summary>
public sealed class TrialBalance
{
    public const string Key = "trial-balance";
    public string Id { get; set; } = Key;
    public Dictionary<string, AccountTotals> Accounts { get; set; } = [];
    public decimal TotalDebits { get; set; }
    public decimal TotalCredits { get; set; }
    public int Entries { get; set; }
    public bool Balanced => TotalDebits == TotalCredits;

    public void Post(IEnumerable<JournalLine> lines)
    {
        foreach (var l in lines)
        {
            var totals = Accounts.TryGetValue(l.AccountCode, out var t) ? t : Accounts[l.AccountCode] = new AccountTotals();
            totals.Debits += l.Debit;
            totals.Credits += l.Credit;
            TotalDebits += l.Debit;
            TotalCredits += l.Credit;
        }
        Entries++;
    }
}

public sealed class AccountTotals
{
    public decimal Debits { get; set; }
    public decimal Credits { get; set; }
    public decimal Balance => Debits - Credits;
}

public partial class TrialBalanceProjection : MultiStreamProjection<TrialBalance, string>
{
    public TrialBalanceProjection()
    {
        Identity<JournalEntryPosted>(_ => TrialBalance.Key);
        Identity<JournalEntryReversed>(_ => TrialBalance.Key);
        Identity<Ledger.Domain.Reconciliation.OpeningBalanceEntered>(_ => TrialBalance.Key);
    }

    public void Apply(TrialBalance tb, Ledger.Domain.Reconciliation.OpeningBalanceEntered e) => tb.Post(e.Lines);

    public void Apply(TrialBalance tb, JournalEntryPosted e) => tb.Post(e.Lines);
    public void Apply(TrialBalance tb, JournalEntryReversed e) => tb.Post(e.Lines);
}
