using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Rules;
using static Ledger.Domain.Tests.Categorization.Cascade.CascadeKit;

namespace Ledger.Domain.Tests.Categorization.Cascade;

/// <summary>Generation 2 history: the vendor's labels of the transaction's direction, weighed by amount and recency.</summary>
public sealed class CategorizerConditionalHistoryTests
{
    private const string Amazon = "AMZN MKTP US*2K3LM";

    private static VendorLabelStats Labelled(string description, params (string Account, decimal Amount)[] labels) =>
        Stats(description, labels.Select(l => l.Account).ToArray()) with { Labels = labels.Select(l => new VendorLabel(l.Account, l.Amount)).ToList() };

    private static ProposalDraft Propose(string description, decimal amount, VendorLabelStats stats) =>
        Categorizer.Propose(Input(description, amount), Context(stats: stats));

    // The shipped options: history answers from one label, so a move is followed after two.
    private static ProposalDraft Current(string description, decimal amount, VendorLabelStats stats) =>
        Categorizer.Propose(Input(description, amount), Context(stats: stats, options: CascadeOptions.Default));

    // Small orders are supplies, large ones equipment, interleaved the way a year of orders comes.
    private static readonly VendorLabelStats AmazonOrders = Labelled(Amazon,
        (Office, -12m), (Equipment, -900m), (Office, -25m), (Office, -18m), (Equipment, -1200m), (Office, -40m), (Equipment, -750m), (Office, -9m));

    [Fact]
    public void A_small_order_goes_where_small_orders_went_and_a_large_one_where_large_ones_went()
    {
        var small = Propose(Amazon, -22m, AmazonOrders);
        var large = Propose(Amazon, -1000m, AmazonOrders);

        Assert.Equal((ProposalSources.VendorHistory, Office), (small.Source, small.AccountCode));
        Assert.Equal((ProposalSources.VendorHistory, Equipment), (large.Source, large.AccountCode));
        // The four orders closest in amount agree for the small one, the three large ones for the large one.
        Assert.Contains(small.Trace, l => l.StartsWith("vendor history: 6300 x4 nearest 22.00 out (mixed: 6300x5, 1500x3) p=0.83", StringComparison.Ordinal));
        Assert.Equal((5.0 / 6.0, 4.0 / 5.0), (small.RawP, large.RawP));
    }

    [Fact]
    public void An_amount_between_the_habits_is_left_to_the_model()
    {
        var middle = Propose(Amazon, -140m, AmazonOrders);
        // The model's answer, calibrated as a mixed vendor's from generation 9.
        Assert.Equal(ProposalSources.MixedVendor, middle.Source);
        Assert.Contains("vendor history: mixed (6300x5, 1500x3), nearest 140.00 out: 6300", middle.Trace);
    }

    [Fact]
    public void A_refund_is_judged_only_by_the_vendors_refunds()
    {
        var purchases = Labelled("STAPLES 1", (Office, -20m), (Office, -30m), (Office, -25m), (Office, -40m));
        var refund = Propose("STAPLES 1", 25m, purchases);
        Assert.NotEqual(ProposalSources.VendorHistory, refund.Source);
        Assert.Contains("vendor history: 0 in labels, needs 3", refund.Trace);

        var purchase = Propose("STAPLES 1", -25m, purchases);
        Assert.Equal((ProposalSources.VendorHistory, Office, 5.0 / 6.0), (purchase.Source, purchase.AccountCode, purchase.RawP));
    }

    [Fact]
    public void When_a_vendor_moves_to_another_account_the_recent_labels_outweigh_the_old_ones()
    {
        // Posted to office supplies for a year, then the bookkeeper moved it to software: the last labels decide.
        var moved = Labelled("GOOGLE *GSUITE", [.. Enumerable.Repeat((Office, -24m), 6), .. Enumerable.Repeat(("6600", -24m), 8)]);
        var draft = Propose("GOOGLE *GSUITE", -24m, moved);
        Assert.Equal((ProposalSources.VendorHistory, "6600"), (draft.Source, draft.AccountCode));
    }

    [Fact]
    public void Two_labels_after_a_move_are_followed_with_the_p_of_two_labels_and_generation_3_waited_for_the_model()
    {
        // A year on office supplies, then the last two bills booked to software: the move is followed at once.
        var moved = Labelled("GOOGLE *GSUITE", [.. Enumerable.Repeat((Office, -24m), 10), ("6600", -24m), ("6600", -26m)]);
        var draft = Current("GOOGLE *GSUITE", -24m, moved);
        Assert.Equal((ProposalSources.VendorHistory, "6600", 3.0 / 4.0), (draft.Source, draft.AccountCode, draft.RawP));
        Assert.Contains(draft.Trace, l => l.StartsWith("vendor history: 6600 x2 since it moved (6300x10 before) near 24.00 out p=0.75", StringComparison.Ordinal));

        var before = Categorizer.Propose(Input("GOOGLE *GSUITE", -24m), Context(stats: moved, options: CascadeOptions.Default with { Generation = 3 }));
        Assert.Equal(ProposalSources.Model, before.Source);

        // One label on the new account could be a slip: not a move yet.
        var once = Labelled("GOOGLE *GSUITE", [.. Enumerable.Repeat((Office, -24m), 10), ("6600", -24m)]);
        Assert.Equal(ProposalSources.MixedVendor, Current("GOOGLE *GSUITE", -24m, once).Source);
    }

    [Fact]
    public void A_vendor_split_between_two_accounts_or_a_run_of_other_amounts_is_not_a_move()
    {
        // The run's account was named before: a vendor split between two accounts, left to the model as before.
        var split = Labelled("HOME DEPOT 4410", (Office, -80m), (Equipment, -85m), (Office, -90m), (Equipment, -70m), (Equipment, -75m));
        Assert.Equal(ProposalSources.MixedVendor, Current("HOME DEPOT 4410", -80m, split).Source);

        // Two small orders after a large one say nothing of the next large order: the old label is closer in amount.
        var orders = Labelled(Amazon, (Equipment, -200m), (Office, -55m), (Office, -60m));
        var large = Current(Amazon, -210m, orders);
        Assert.NotEqual((ProposalSources.VendorHistory, Office), (large.Source, large.AccountCode));
    }

    [Fact]
    public void An_amount_far_beyond_every_labelled_one_is_left_to_the_model()
    {
        var small = Labelled("APPLE STORE R1", (Office, -19m), (Office, -39m), (Office, -25m), (Office, -60m));
        Assert.Equal(ProposalSources.VendorHistory, Propose("APPLE STORE R1", -200m, small).Source);   // 3.3 times the largest: still its habit
        var large = Propose("APPLE STORE R1", -2239m, small);
        Assert.Equal(ProposalSources.Model, large.Source);
        Assert.Contains("vendor history: 2239.00 is far beyond the 4 out amounts labelled", large.Trace);
    }

    [Fact]
    public void One_slip_among_many_agreeing_labels_no_longer_silences_the_vendor()
    {
        var slipped = Labelled("SHELL OIL 1", [.. Enumerable.Repeat((Fuel, -50m), 5), (Meals, -48m), .. Enumerable.Repeat((Fuel, -52m), 6)]);
        var draft = Propose("SHELL OIL 1", -50m, slipped);
        Assert.Equal((ProposalSources.VendorHistory, Fuel), (draft.Source, draft.AccountCode));

        // Generation 1 (how older proposals are recomputed) still gives up on the vendor.
        var old = Categorizer.Propose(Input("SHELL OIL 1", -50m), Context(stats: slipped, options: CascadeOptions.Generation1));
        Assert.Equal(ProposalSources.Model, old.Source);
        Assert.Equal(1, old.CascadeGeneration);
        Assert.Equal(CascadeOptions.Default.Generation, draft.CascadeGeneration);
        Assert.Same(slipped.Labels, draft.VendorHistory);
    }
}
