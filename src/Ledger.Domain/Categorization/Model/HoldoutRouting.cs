namespace Ledger.Domain.Categorization.Model;

/// <summary>
/// Which hold-out rows the cascade would have sent to the model: by the probe's training rows, a row whose vendor (the
/// cascade's key) has no label in its direction, or labels naming more than one account. A close approximation of the
/// history step (it ignores amounts), enough to tell the rows that look like live model proposals.
/// </summary>
public sealed class HoldoutRouting
{
    private readonly Dictionary<(string Vendor, bool Inflow), HashSet<string>> _accounts = [];

    public HoldoutRouting(IEnumerable<LabelledTransaction> train)
    {
        foreach (var t in train)
        {
            var key = Key(t);
            if (!_accounts.TryGetValue(key, out var set)) _accounts[key] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(t.AccountCode);
        }
    }

    public bool AskedLive(LabelledTransaction row) => !_accounts.TryGetValue(Key(row), out var set) || set.Count > 1;

    private static (string, bool) Key(LabelledTransaction t) =>
        (Categorizer.VendorKeyOf(new CategorizationInput("", t.Description, t.Memo, t.Amount, t.BankAccount)), t.Amount > 0);
}
