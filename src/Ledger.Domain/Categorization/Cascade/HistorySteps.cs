using Ledger.Domain.Categorization.Rules;
using static Ledger.Domain.Categorization.Categorizer;

namespace Ledger.Domain.Categorization;

/// <summary>The vendor-history step: answers from the tenant's own labels of this vendor, or passes.</summary>
internal static class HistorySteps
{
    /// <summary>Generation 1: the all-time tally; one contradiction silences history for good.</summary>
    public static CascadeAnswer? Tally(CascadeContext ctx, int labels, List<string> trace)
    {
        var min = ctx.Options.VendorHistoryMinLabels;
        var accounts = ctx.VendorStats?.LabelsByAccount.Where(p => p.Value > 0).OrderBy(p => p.Key, StringComparer.Ordinal).ToList() ?? [];
        if (accounts.Count > 1)
        {
            trace.Add("vendor history: contradicted (" + string.Join(", ", accounts.Select(p => Line($"{p.Key}x{p.Value}"))) + ")");
            return null;
        }
        if (labels < min)
        {
            trace.Add(Line($"vendor history: {labels} labels, needs {min}"));
            return null;
        }
        var account = accounts[0].Key;
        var raw = (labels + 1.0) / (labels + 2.0); // n agreeing labels do not prove the next agrees
        return Answer(ctx, account, raw, Line($"{account} x{labels}"), trace);
    }

    /// <summary>
    /// Generation 2: only the labels of the transaction's direction count (a refund is not a purchase). When they all
    /// agree, n of them give (n+1)/(n+2). When they disagree (an amount-dependent vendor, a vendor whose account changed, a
    /// reviewer's slip), each label weighs by how recent it is (halving every <see cref="CascadeOptions.HistoryHalfLife"/>
    /// newer labels) and how close its amount is (a Gaussian over the log2 ratio: a label twice or half the amount counts
    /// 0.61, four times 0.14); the leading account answers when it holds <see cref="CascadeOptions.HistoryMinShare"/> of
    /// the weight, with (w+1)/(W+2). Without amounts (stats from before they were kept) the tally decides as in generation 1.
    /// </summary>
    public static CascadeAnswer? Conditional(CategorizationInput input, CascadeContext ctx, int labels, List<string> trace)
    {
        if (ctx.VendorStats?.Labels is not { Count: > 0 } all) return Tally(ctx, labels, trace);
        var min = ctx.Options.VendorHistoryMinLabels;
        var inflow = input.Amount > 0;
        var direction = inflow ? "in" : "out";
        var same = all.Where(l => l.Amount > 0 == inflow).ToList();
        if (same.Count < min)
        {
            trace.Add(Line($"vendor history: {same.Count} {direction} labels, needs {min}"));
            return null;
        }
        var accounts = same.Select(l => l.AccountCode).Distinct(StringComparer.Ordinal).ToList();
        if (accounts.Count == 1)
            return Answer(ctx, accounts[0], (same.Count + 1.0) / (same.Count + 2.0), Line($"{accounts[0]} x{same.Count} {direction}"), trace);

        var at = Log2(input.Amount);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < same.Count; i++)
        {
            var age = same.Count - 1 - i;
            var distance = Log2(same[i].Amount) - at;
            var w = Math.Pow(0.5, age / ctx.Options.HistoryHalfLife) * Math.Exp(-distance * distance / 2);
            weights[same[i].AccountCode] = weights.GetValueOrDefault(same[i].AccountCode) + w;
        }
        var ranked = weights.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var total = ranked.Sum(p => p.Value);
        var (account, weight) = (ranked[0].Key, ranked[0].Value);
        var tally = string.Join(", ", ranked.Select(p => Line($"{p.Key} {p.Value:F2}")));
        if (weight < ctx.Options.HistoryMinShare * total)
        {
            trace.Add(Line($"vendor history: split at {Math.Abs(input.Amount):0.00} {direction} ({tally})"));
            return null;
        }
        return Answer(ctx, account, (weight + 1.0) / (total + 2.0), Line($"{account} by weight at {Math.Abs(input.Amount):0.00} {direction} ({tally})"), trace);
    }

    private static CascadeAnswer Answer(CascadeContext ctx, string account, double raw, string basis, List<string> trace)
    {
        var calibrated = ctx.Calibrations.Calibrate(ProposalSources.VendorHistory, raw);
        trace.Add(Line($"vendor history: {basis} p={raw:F2} (cal {calibrated:F2})"));
        return new CascadeAnswer(ProposalSources.VendorHistory, account, raw, calibrated, [], null, null);
    }

    private static double Log2(decimal amount) => Math.Log2((double)Math.Abs(amount) + 1);
}
