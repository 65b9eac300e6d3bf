using Ledger.Api.Review;
using Ledger.Domain.Decisions;
using Ledger.Projections.Review;
using NodaTime;

namespace Ledger.Integration.Tests.Review;

/// <summary>
/// The queue answered by PostgreSQL from indexed columns: counts by reason, totals, filters, sort and pages over a queue of a
/// few hundred varied items, each checked against the same items filtered and sorted in memory; another tenant's items,
/// some under the same ids, never show.
/// </summary>
public class ReviewQueueQueryTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    static readonly string[][] ReasonSets =
        [["autopost_disabled"], ["autopost_disabled", "cold_start_vendor"], ["below_threshold", "autopost_disabled"], ["no_proposal"], ["below_threshold"]];

    static List<ReviewRequested> Queue(int count, int seed)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(i => new ReviewRequested($"tx-{i:0000}", ReasonSets[rng.Next(ReasonSets.Length)],
            rng.Next(3) == 0 ? "2100" : "1000", new LocalDate(2026, 1, 1).PlusDays(rng.Next(60)), Math.Round((decimal)(rng.NextDouble() * 400 - 300), 2),
            $"PAYEE {i}", $"vendor-{rng.Next(12)}", rng.Next(5) == 0 ? null : "6300", Math.Round(rng.NextDouble(), 2), "model",
            Instant.FromUtc(2026, 3, 1, 0, 0))).ToList();
    }

    async Task<(ReviewDeskClient Desk, List<ReviewQueueItem> Items)> SeedAsync(string name, int count, int seed)
    {
        var t = await app.OnboardAsync(name);
        var items = Queue(count, seed);
        await using (var session = app.Store.LightweightSession(t.TenantId))
        {
            foreach (var e in items) ReviewQueueProjection.Apply(session, e);   // what the inline projection writes
            await session.SaveChangesAsync();
        }
        return (new ReviewDeskClient(t.TenantId, app.Client(t.AdminToken)), items.Select(ReviewQueueProjection.ItemFor).ToList());
    }

    [Fact]
    public async Task Counts_totals_filters_sort_and_every_page_match_the_queue_in_memory()
    {
        var (desk, items) = await SeedAsync("Big Queue Co", 400, seed: 5);
        await SeedAsync("Neighbour Co", 150, seed: 6);   // same ids, another tenant

        var all = await desk.QueueAsync("?pageSize=500");
        Assert.Equal(400, all.Total);
        Assert.Equal(CountsOf(items), Sorted(all.CountsByReason));
        Assert.Equal(items.OrderBy(i => i.PostedOnDay).ThenBy(i => i.Id, StringComparer.Ordinal).Select(i => i.Id), all.Items.Select(i => i.TransactionId));

        // Counts are of the filtered set before the reason filter; the total is of the reason's items.
        var card = items.Where(i => i.BankAccountCode == "2100" && i.AbsAmount >= 50).ToList();
        var cold = await desk.QueueAsync("?bankAccount=2100&minAmount=50&reason=cold_start_vendor&pageSize=500");
        Assert.Equal(CountsOf(card), Sorted(cold.CountsByReason));
        Assert.Equal(card.Count(i => i.Reasons.Contains("cold_start_vendor")), cold.Total);
        Assert.All(cold.Items, i => Assert.Contains("cold_start_vendor", i.Reasons));

        // Every page of a filtered, descending sort: no item twice, none skipped, in the index's order (ties by id, same direction).
        var band = items.Where(i => i.CalibratedP is >= 0.2 and <= 0.8 && i.PostedOnDay <= new LocalDate(2026, 2, 10).ToDateOnly().DayNumber && i.Reasons.Contains("below_threshold"))
            .OrderByDescending(i => i.AbsAmount).ThenByDescending(i => i.Id, StringComparer.Ordinal).Select(i => i.Id).ToList();
        var paged = new List<string>();
        for (var page = 1; page <= band.Count / 7 + 1; page++)
        {
            var p = await desk.QueueAsync($"?minP=0.2&maxP=0.8&to=2026-02-10&reason=below_threshold&sort=amount&dir=desc&pageSize=7&page={page}");
            Assert.Equal(band.Count, p.Total);
            paged.AddRange(p.Items.Select(i => i.TransactionId));
        }
        Assert.Equal(band, paged);

        var vendor = items.Where(i => i.VendorKey == "vendor-3").OrderBy(i => i.CalibratedP).ThenBy(i => i.Id, StringComparer.Ordinal).Select(i => i.Id).ToList();
        Assert.Equal(vendor, (await desk.QueueAsync("?vendor=vendor-3&sort=p&pageSize=500")).Items.Select(i => i.TransactionId));
        var beyond = await desk.QueueAsync("?page=9&pageSize=50");
        Assert.Equal((400, 0), (beyond.Total, beyond.Items.Count));
    }

    [Fact]
    public async Task Items_written_before_the_reason_key_column_are_still_counted_by_their_reasons_until_rebuild()
    {
        var (desk, items) = await SeedAsync("Upgraded Co", 120, seed: 7);
        await using (var conn = new Npgsql.NpgsqlConnection(app.ConnectionString))
        {
            await conn.OpenAsync();
            // What a database upgraded from the previous version holds: the column added, empty for documents without the property.
            await using var cmd = new Npgsql.NpgsqlCommand("update ledger.mt_doc_reviewqueueitem set reason_key = null where tenant_id = @t and id < 'tx-0060'", conn);
            cmd.Parameters.AddWithValue("t", desk.TenantId);
            Assert.Equal(60, await cmd.ExecuteNonQueryAsync());
        }
        var all = await desk.QueueAsync("?pageSize=1");
        Assert.Equal(120, all.Total);
        Assert.Equal(CountsOf(items), Sorted(all.CountsByReason));
        var cold = await desk.QueueAsync("?reason=cold_start_vendor&minAmount=20");
        Assert.Equal(items.Count(i => i.Reasons.Contains("cold_start_vendor") && i.AbsAmount >= 20), cold.Total);
    }

    static List<(string, int)> CountsOf(IEnumerable<ReviewQueueItem> items) =>
        items.SelectMany(i => i.Reasons.Distinct()).GroupBy(r => r).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToList();

    static List<(string, int)> Sorted(IReadOnlyDictionary<string, int> counts) => counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)).ToList();

    sealed record ReviewDeskClient(string TenantId, HttpClient Admin)
    {
        public async Task<ReviewQueuePage> QueueAsync(string query) => (await Admin.GetFromJsonAsync<ReviewQueuePage>($"/api/review/queue{query}", Json.Options))!;
    }
}
