using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Ledger.Jobs.Commands.Kill;

/// <summary>
/// A reviewer's client against the API that keeps being killed: imports statements, approves (one by one and in bulk) and
/// exports, writing every acknowledged answer into the <see cref="AckLedger"/>. A request that dies with the server is kept
/// as pending and sent again after the restart with the same bytes or Idempotency-Key, as a careful client would.
/// </summary>
public sealed class KillClient(AckLedger ledger, string adminToken, Random rng)
{
    static readonly (string Payee, string Account)[] Vendors =
    [
        ("STAPLES 00123 SPRINGFIELD", "6300"), ("SQ *BLUE BOTTLE COFFEE", "6200"), ("PGANDE WEB ONLINE", "6500"),
        ("MONTHLY SERVICE FEE", "6100"), ("WEWORK MEMBERSHIP", "6400"), ("FACEBK ADS", "6000"),
    ];

    HttpClient http = new();

    public void Use(Uri api)
    {
        http = new HttpClient { BaseAddress = api, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", adminToken);
    }

    /// <summary>
    /// Wolverine compiles each endpoint on its first request after a start, seconds on a busy machine: without this the
    /// kill would nearly always land in that compilation instead of in the act. Harmless requests (refused, nothing stored).
    /// </summary>
    public async Task WarmUpAsync()
    {
        var none = "tx-none-" + Guid.NewGuid().ToString("N")[..8];
        await http.GetAsync("/api/review/queue?pageSize=1");
        await http.PostAsJsonAsync($"/api/transactions/{none}/approve", new { version = 1 });
        await http.PostAsJsonAsync("/api/review/bulk-approve", new { items = new[] { new { id = none, version = 1 } } });
        await http.PostAsync("/api/export/qbo?from=not-a-date", null);
        await http.PostAsync("/api/imports", new MultipartFormDataContent { { new ByteArrayContent([]), "file", "empty.csv" }, { new StringContent("1000"), "bankAccount" } });
    }

    /// <summary>A labelled history of the same vendors, so proposals exist and approvals have something to approve.</summary>
    public static string LabelledHistory() => "date,description,amount,account\n" + string.Concat(Enumerable.Range(0, 48).Select(i =>
        $"2026-0{1 + i % 6}-{10 + i % 15:00},{Vendors[i % Vendors.Length].Payee},-{5 + i * 0.37m:0.00},{Vendors[i % Vendors.Length].Account}\n"));

    public async Task ImportNewAsync(int lines)
    {
        var number = ledger.Files.Count + 1;
        var sb = new StringBuilder("Date,Description,Amount\n");
        for (var i = 0; i < lines; i++)
            sb.Append($"2026-{1 + i % 12:00}-{1 + i % 28:00},{Vendors[(number + i) % Vendors.Length].Payee} K{number}X{i},-{1 + number % 97 + i * 0.01m:0.00}\n");
        var file = new SentFile(number, Encoding.UTF8.GetBytes(sb.ToString()), lines);
        ledger.Files.Add(file);
        await SendAsync("import", file.FileName, () => ImportAsync(file));
    }

    async Task ImportAsync(SentFile file)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file.Bytes), "file", file.FileName }, { new StringContent("1000"), "bankAccount" } };
        var response = Checked(await http.PostAsync("/api/imports", form), "import");
        if (response.IsSuccessStatusCode) file.ImportId = (await Body(response)).GetProperty("importId").GetGuid();
    }

    public async Task ApproveOneAsync()
    {
        var items = await QueuedAsync(50);
        if (items.Count == 0) return;
        var (id, version) = items[rng.Next(items.Count)];
        var key = Guid.NewGuid().ToString("N");
        await SendAsync("approve", key, async () =>
        {
            var response = await PostAsync($"/api/transactions/{id}/approve", new { version }, key);
            if (response.IsSuccessStatusCode) ledger.Approved[id] = key;
        });
    }

    public async Task BulkApproveAsync(int max)
    {
        var items = (await QueuedAsync(max)).Take(max).ToList();
        if (items.Count == 0) return;
        var key = Guid.NewGuid().ToString("N");
        await SendAsync("bulk-approve", key, async () =>
        {
            var response = await PostAsync("/api/review/bulk-approve", new { items = items.Select(i => new { id = i.Id, version = i.Version }) }, key);
            if (!response.IsSuccessStatusCode) return;
            foreach (var i in items) ledger.Approved[i.Id] = key;
            ledger.BulkApprovals++;
        });
    }

    public async Task ExportAsync()
    {
        var key = Guid.NewGuid().ToString("N");
        await SendAsync("export", key, async () =>
        {
            var response = await PostAsync("/api/export/qbo", null, key);
            if (response.IsSuccessStatusCode) ledger.ExportBatches.Add((await Body(response)).GetProperty("batch").GetString()!);
        });
    }

    /// <summary>After a restart: every request that got no answer, again (same bytes, same key); those failing again stay pending.</summary>
    public async Task RetryPendingAsync()
    {
        var pending = ledger.Pending.ToList();
        ledger.Pending.Clear();
        foreach (var p in pending)
        {
            ledger.Retried++;
            await SendAsync(p.Kind, p.Key, p.Retry, retry: true);
        }
    }

    async Task SendAsync(string kind, string key, Func<Task> request, bool retry = false)
    {
        try
        {
            await request();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            if (!retry) ledger.Unanswered++;
            ledger.Pending.Add(new PendingRequest(kind, key, request));
        }
    }

    /// <summary>
    /// The queue's first items, waiting up to 30 s for some: after a restart the new node takes the decision relay over only
    /// once the killed node is stale, and an approval sent before that would find nothing to approve (on a quiet machine
    /// every approval of a round could fall in that window).
    /// </summary>
    async Task<List<(string Id, int Version)>> QueuedAsync(int pageSize)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var items = await QueueAsync(pageSize);
            if (items.Count > 0 || waited.Elapsed > TimeSpan.FromSeconds(30)) return items;
            await Task.Delay(250);
        }
    }

    async Task<List<(string Id, int Version)>> QueueAsync(int pageSize)
    {
        var page = await Body(Checked(await http.GetAsync($"/api/review/queue?pageSize={pageSize}&sort=date"), "queue"));
        return page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("transactionId").GetString()!, i.GetProperty("version").GetInt32())).ToList();
    }

    Task<HttpResponseMessage> PostAsync(string url, object? body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return SendCheckedAsync(request, url);
    }

    async Task<HttpResponseMessage> SendCheckedAsync(HttpRequestMessage request, string what) => Checked(await http.SendAsync(request), what);

    HttpResponseMessage Checked(HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) ledger.ServerErrors.Add($"{what}: HTTP {status}");
        else if (status >= 400)
        {
            var key = $"{what.Split('/')[^1]} {status}";
            var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            ledger.Refused[key] = (ledger.Refused.GetValueOrDefault(key).Count + 1, body.Length > 300 ? body[..300] : body);
        }
        return response;
    }

    static async Task<JsonElement> Body(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
}
