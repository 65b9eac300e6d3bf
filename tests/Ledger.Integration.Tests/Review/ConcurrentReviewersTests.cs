using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Ledger.Api.Review;
using Ledger.Domain.Categorization;
using Ledger.Projections.Categorization;
using Marten;
using Xunit.Abstractions;

namespace Ledger.Integration.Tests.Review;

/// <summary>
/// Issue #13: eight reviewers approving different queued transactions at once must not collide. A 409 means the reviewer's
/// own transaction changed; the tenant's shared learning state (vendor stats, rule promotion) never fails an act, and no
/// label is lost on the way into it.
/// </summary>
public class ConcurrentReviewersTests(LedgerApp app, ITestOutputHelper output) : IClassFixture<LedgerApp>
{
    const int LinesPerVendor = 10, Reviewers = 8;

    static readonly string[] Names =
    [
        "STAPLES", "OFFICE DEPOT", "BLUE BOTTLE COFFEE", "PGANDE WEB ONLINE", "WEWORK MEMBERSHIP", "ADOBE CREATIVE CLOUD", "ZOOM VIDEO", "SLACK TECHNOLOGIES",
        "DROPBOX", "GITHUB", "AMAZON WEB SERVICES", "FEDEX SHIPPING", "COMCAST BUSINESS", "VERIZON WIRELESS", "SHELL OIL", "CHEVRON STATION",
        "DELTA AIR LINES", "HILTON HOTELS", "MARRIOTT", "UBER TRIP", "LYFT RIDE", "INTUIT QUICKBOOKS", "GOOGLE WORKSPACE", "MAILCHIMP",
    ];

    static int Vendors => Names.Length;

    static string Vendor(int v) => Names[v];

    [Fact]
    public async Task Eight_reviewers_approving_distinct_items_get_no_409_and_every_label_reaches_the_vendor_stats()
    {
        var t = await app.OnboardAsync("Busy Desk");
        var admin = app.Client(t.AdminToken);
        // Each vendor has three consistent labels: warm, proposed from its history, and due for a rule on its first review.
        var history = new StringBuilder("date,description,amount,account\n");
        for (var v = 0; v < Vendors; v++)
            for (var i = 0; i < 3; i++) history.Append(CultureInfo.InvariantCulture, $"2026-0{1 + i}-1{v % 9},{Vendor(v)},-{20 + v}.{i}5,{(v % 2 == 0 ? "6300" : "6000")}\n");
        (await admin.ImportLabelsAsync(history.ToString())).EnsureSuccessStatusCode();
        var statement = new StringBuilder("Date,Description,Amount\n");
        for (var i = 0; i < LinesPerVendor; i++)
            for (var v = 0; v < Vendors; v++) statement.Append(CultureInfo.InvariantCulture, $"2026-11-{1 + i:00},{Vendor(v)},-{30 + i}.{v:00}\n");
        (await admin.UploadTextAsync("busy.csv", statement.ToString(), "1000")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, Vendors * LinesPerVendor);

        var queue = (await admin.GetFromJsonAsync<ReviewQueuePage>("/api/review/queue?pageSize=500", Json.Options))!.Items;
        Assert.Equal(Vendors * LinesPerVendor, queue.Count);
        var tokens = new List<string>();
        for (var r = 0; r < Reviewers; r++) tokens.Add(await ReviewDesk.TokenAsync(admin, "reviewer", $"reviewer-{r}"));
        // Dealt round-robin in queue order, so the reviewers work on the same vendors at the same moment.
        var statuses = new ConcurrentBag<HttpStatusCode>();
        await Task.WhenAll(Enumerable.Range(0, Reviewers).Select(async r =>
        {
            var client = app.Client(tokens[r]);
            foreach (var item in queue.Where((_, i) => i % Reviewers == r))
                statuses.Add((await ReviewDesk.ActAsync(client, item.TransactionId, "approve", new { version = item.Version })).StatusCode);
        }));
        var counts = statuses.GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{statuses.Count} approvals by {Reviewers} reviewers: " + string.Join(", ", counts.Select(c => $"{(int)c.Key}: {c.Value}")));
        Assert.Equal(queue.Count, counts.GetValueOrDefault(HttpStatusCode.OK));

        // Every label is in its vendor's stats: three from history and one per approval.
        await app.WaitForRetrainChecksAsync();
        await using var session = app.Store.QuerySession(t.TenantId);
        var stats = (await session.Query<VendorStats>().ToListAsync()).ToDictionary(s => s.Id);
        var labels = await session.Events.QueryRawEventDataOnly<TransactionLabelled>().ToListAsync();
        foreach (var vendor in labels.GroupBy(l => l.VendorKey))
        {
            Assert.Equal(3 + LinesPerVendor, vendor.Count());
            Assert.True(stats[vendor.Key].TotalLabels == vendor.Count(), $"{vendor.Key}: {stats[vendor.Key].TotalLabels} labels in its stats, {vendor.Count()} recorded");
        }
        // Each vendor's run of consistent answers promoted exactly one rule.
        var state = await session.LoadAsync<CategorizerState>(CategorizerStreams.Id);
        Assert.Equal(Vendors, state!.ActiveRules.Count);
        Assert.Equal(Vendors, state.ActiveRules.Select(r => r.VendorKey).Distinct().Count());
    }
}
