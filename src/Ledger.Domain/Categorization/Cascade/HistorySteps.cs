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
    /// Generation 2: only the labels of the transaction's direction count (a refund is not a purchase), and its p is always
    /// "n comparable labels agree", (n+1)/(n+2). When all of them name one account they all count, unless the amount is
    /// far beyond any of them (more than <see cref="FarBeyond"/> times): a vendor's first $900 order says nothing of its $30
    /// ones. When they disagree (an amount-dependent vendor, a vendor whose account changed, a reviewer's slip) the
    /// <see cref="Nearest"/> labels closest in amount (within <see cref="FarBeyond"/> times; at equal distance the newest)
    /// must all agree, and be at least <see cref="NearestMin"/>: a small order goes where small orders went, an amount at
    /// the border between two habits, or (before generation 4, <see cref="Moved"/>) a vendor just moved to another account, is left to the model. Without amounts
    /// (stats from before they were kept) the tally decides as in generation 1.
    /// </summary>
    /// <param name="mixed">Set when history passed because the vendor's comparable labels disagree (the model answers a mixed vendor).</param>
    public static CascadeAnswer? Conditional(CategorizationInput input, CascadeContext ctx, int labels, List<string> trace, out bool mixed)
    {
        mixed = false;
        return ctx.VendorStats?.Labels is { Count: > 0 } all
            ? Conditional(input, ctx, all, ProposalSources.VendorHistory, "vendor history", trace, out mixed)
            : Tally(ctx, labels, trace);
    }

    /// <summary>
    /// Generation 8: a vendor the tenant never labelled whose key is a variant of a labelled vendor's
    /// (<see cref="CascadeContext.SimilarVendor"/>) is answered from that vendor's labels exactly as the vendor's own would be
    /// (direction, amount, recency), as the source <see cref="ProposalSources.SimilarVendor"/> with its own calibrator.
    /// </summary>
    public static CascadeAnswer? Similar(CategorizationInput input, CascadeContext ctx, List<string> trace)
    {
        if (ctx.SimilarVendor is not { Labels: { Count: > 0 } all } similar)
        {
            trace.Add("similar vendor: none labelled");
            return null;
        }
        return Conditional(input, ctx, all, ProposalSources.SimilarVendor, Line($"similar vendor {similar.VendorKey}"), trace, out _);
    }

    private static CascadeAnswer? Conditional(CategorizationInput input, CascadeContext ctx, IReadOnlyList<VendorLabel> all, string source, string who,
        List<string> trace, out bool mixed)
    {
        mixed = false;
        var min = ctx.Options.VendorHistoryMinLabels;
        var inflow = input.Amount > 0;
        var direction = inflow ? "in" : "out";
        var at = Log2(input.Amount);
        var same = all.Where(l => l.Amount > 0 == inflow).ToList();
        if (same.Count < min)
        {
            trace.Add(Line($"{who}: {same.Count} {direction} labels, needs {min}"));
            return null;
        }
        var accounts = same.Select(l => l.AccountCode).Distinct(StringComparer.Ordinal).ToList();
        if (accounts.Count == 1)
        {
            if (same.Min(l => Distance(l, at)) > Math.Log2(FarBeyond))
            {
                trace.Add(Line($"{who}: {Math.Abs(input.Amount):0.00} is far beyond the {same.Count} {direction} amounts labelled"));
                return null;
            }
            return Answer(ctx, source, who, accounts[0], (same.Count + 1.0) / (same.Count + 2.0), Line($"{accounts[0]} x{same.Count} {direction}"), trace);
        }
        if (ctx.Options.Generation >= CascadeOptions.RecencyFrom && Moved(same, at, Math.Max(min, MovedRunMin)) is { } moved)
        {
            var before = string.Join(", ", moved.Before.GroupBy(a => a, StringComparer.Ordinal).Select(g => Line($"{g.Key}x{g.Count()}")));
            return Answer(ctx, source, who, moved.Account, (moved.Run + 1.0) / (moved.Run + 2.0),
                Line($"{moved.Account} x{moved.Run} since it moved ({before} before) near {Math.Abs(input.Amount):0.00} {direction}"), trace);
        }
        // Half-octave rings of distance, newest first within a ring: the closest amounts, and of equally close ones the latest habit.
        var nearest = same.Select((l, i) => (Label: l, Age: same.Count - 1 - i, Distance: Distance(l, at)))
            .Where(x => x.Distance <= Math.Log2(FarBeyond))
            .OrderBy(x => Math.Floor(x.Distance * 2)).ThenBy(x => x.Age).Take(Nearest).Select(x => x.Label.AccountCode).ToList();
        var tally = string.Join(", ", accounts.Select(a => Line($"{a}x{same.Count(l => l.AccountCode == a)}")));
        if (nearest.Count < Math.Max(min, NearestMin) || nearest.Distinct(StringComparer.Ordinal).Count() > 1)
        {
            trace.Add(Line($"{who}: mixed ({tally}), nearest {Math.Abs(input.Amount):0.00} {direction}: {string.Join(" ", nearest)}"));
            mixed = true;
            return null;
        }
        return Answer(ctx, source, who, nearest[0], (nearest.Count + 1.0) / (nearest.Count + 2.0),
            Line($"{nearest[0]} x{nearest.Count} nearest {Math.Abs(input.Amount):0.00} {direction} (mixed: {tally})"), trace);
    }

    /// <summary>
    /// Generation 4: a vendor moved to another account. Of the labels comparable in amount (oldest first), the newest
    /// <paramref name="runMin"/> or more name one account that no older comparable label named, and one of them is at least
    /// as close to the amount (half-octave rings) as any older label: the bookkeeper changed the vendor's account, so the
    /// run counts and the years before it do not ((n+1)/(n+2) of the run alone). A vendor split between two accounts
    /// named the run's account before; a run only of other amounts is an amount-dependent vendor's other habit.
    /// </summary>
    private static (string Account, int Run, List<string> Before)? Moved(List<VendorLabel> same, double at, int runMin)
    {
        var band = same.Where(l => Distance(l, at) <= Math.Log2(FarBeyond)).ToList();
        if (band.Count == 0) return null;
        var account = band[^1].AccountCode;
        var run = band.Count - 1 - band.FindLastIndex(l => l.AccountCode != account);
        var older = band.Take(band.Count - run).ToList();
        if (run < runMin || older.Count == 0 || older.Any(l => l.AccountCode == account)) return null;
        var ring = (VendorLabel l) => Math.Floor(Distance(l, at) * 2);
        return band.Skip(older.Count).Min(ring) <= older.Min(ring) ? (account, run, older.Select(l => l.AccountCode).ToList()) : null;
    }

    /// <summary>How many of the newest comparable labels must name the new account before history follows a move.</summary>
    public const int MovedRunMin = 2;

    /// <summary>The labels comparable with <paramref name="amount"/>: same direction, and no more than <see cref="FarBeyond"/> times apart.</summary>
    public static List<VendorLabel> InBand(IEnumerable<VendorLabel> labels, decimal amount)
    {
        var at = Log2(amount);
        return labels.Where(l => l.Amount > 0 == amount > 0 && Distance(l, at) <= Math.Log2(FarBeyond)).ToList();
    }

    /// <summary>How many of a mixed vendor's labels closest in amount are asked, and how many at least must agree.</summary>
    public const int Nearest = 4, NearestMin = 3;

    /// <summary>An amount this many times beyond a label's is not comparable with it.</summary>
    public const double FarBeyond = 4;

    private static double Distance(VendorLabel l, double at) => Math.Abs(Log2(l.Amount) - at);

    private static CascadeAnswer Answer(CascadeContext ctx, string account, double raw, string basis, List<string> trace) =>
        Answer(ctx, ProposalSources.VendorHistory, "vendor history", account, raw, basis, trace);

    private static CascadeAnswer Answer(CascadeContext ctx, string source, string who, string account, double raw, string basis, List<string> trace)
    {
        var calibrated = ctx.Calibrations.Calibrate(source, raw);
        trace.Add(Line($"{who}: {basis} p={raw:F2} (cal {calibrated:F2})"));
        return new CascadeAnswer(source, account, raw, calibrated, [], null, null);
    }

    private static double Log2(decimal amount) => Math.Log2((double)Math.Abs(amount) + 1);
}
