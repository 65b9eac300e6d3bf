using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Ledger.Domain.Categorization;

namespace Ledger.Jobs.Commands.Bench;

/// <summary>The reviewer's requests bench-http sends, built from what the queue holds when the load starts.</summary>
public static class ReviewerProbes
{
    public const string Limit = "GET /api/tenant (limit)";
    public const string Approve = "POST approve";

    public static async Task<IReadOnlyList<HttpProbe>> CreateAsync(HttpClient http)
    {
        var first = await HttpLoad.JsonAsync(http, "/api/review/queue?pageSize=500");
        var total = first.GetProperty("total").GetInt32();
        var items = first.GetProperty("items").EnumerateArray().ToList();
        var reason = first.GetProperty("countsByReason").EnumerateObject().OrderBy(r => r.Value.GetInt32()).Select(r => r.Name).FirstOrDefault() ?? "autopost_disabled";
        var vendor = items.GroupBy(i => i.GetProperty("vendorKey").GetString()!).OrderByDescending(g => g.Count()).First().Key;
        var day = LocalDay(items[0]);
        string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var explainIds = items.Select(i => i.GetProperty("transactionId").GetString()!).ToArray();
        // Approvals take items from the back of the queue, each once: the other probes keep seeing the same front pages.
        // Up to 5,000 of them, enough for 32 clients over a round of 30 s; a probe with none left is skipped. Transfer legs are
        // left out: both legs of a pair share one entry, so two clients approving the two legs at once is a true conflict.
        var approvals = new ConcurrentQueue<(string Id, int Version)>();
        for (var page = 1; page <= 10 && approvals.Count < 5_000; page++)
        {
            var back = await HttpLoad.JsonAsync(http, $"/api/review/queue?pageSize=500&sort=date&dir=desc&page={page}");
            var rows = back.GetProperty("items").EnumerateArray().ToList();
            foreach (var i in rows.Where(i => i.GetProperty("proposedAccountCode").ValueKind == JsonValueKind.String
                         && i.GetProperty("source").GetString() != ProposalSources.Transfer))
                approvals.Enqueue((i.GetProperty("transactionId").GetString()!, i.GetProperty("version").GetInt32()));
            if (rows.Count < 500) break;
        }
        Console.WriteLine($"Queue: {total:N0} items; filters: reason {reason}, vendor {vendor}, dates from {day}; {approvals.Count} approvals available");

        return
        [
            Get("GET queue (default page)", "/api/review/queue?pageSize=50"),
            Get("GET queue by reason", $"/api/review/queue?pageSize=50&reason={Uri.EscapeDataString(reason)}"),
            Get("GET queue by vendor", $"/api/review/queue?pageSize=50&vendor={Uri.EscapeDataString(vendor)}"),
            Get("GET queue ≥100 by amount desc", "/api/review/queue?pageSize=50&minAmount=100&sort=amount&dir=desc"),
            Get("GET queue dates, by p", $"/api/review/queue?pageSize=50&from={Iso(day)}&to={Iso(day.AddDays(30))}&sort=p"),
            Get("GET queue deep page", $"/api/review/queue?pageSize=50&page={Math.Max(1, total / 50)}"),
            new("GET explain", h => h.GetAsync($"/api/transactions/{explainIds[Random.Shared.Next(explainIds.Length)]}/explain")!),
            new(Approve, async h => approvals.TryDequeue(out var a) ? await h.PostAsJsonAsync($"/api/transactions/{a.Id}/approve", new { version = a.Version }) : null),
            Get("GET metrics 30d", "/api/metrics/latest?period=30d"),
            Get(Limit, "/api/tenant"),
        ];
    }

    static HttpProbe Get(string name, string path) => new(name, async h => await h.GetAsync(path));

    static DateOnly LocalDay(JsonElement item) => DateOnly.Parse(item.GetProperty("postedOn").GetString()!);
}
