using System.Text.Json;
using Ledger.Api.Review;
using Ledger.Api.Tenants;

namespace Ledger.Integration.Tests.Review;

/// <summary>A trained tenant with a decided statement waiting in the queue, and the people who review it.</summary>
public sealed record ReviewDesk(TenantOnboardedResponse Tenant, HttpClient Admin, HttpClient Reviewer, HttpClient Auditor)
{
    public static async Task<ReviewDesk> OpenAsync(LedgerApp app, string name, string statement = Infrastructure.Decisions.NewStatement, int transactions = 6)
    {
        var t = await app.OnboardAsync(name);
        var admin = app.Client(t.AdminToken);
        Assert.True((await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory())).IsSuccessStatusCode);
        Assert.True((await admin.PostAsync("/api/categorizer/train", null)).IsSuccessStatusCode);
        var upload = await admin.UploadTextAsync("nov.csv", statement, "1000");
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        await app.WaitForDecisionsAsync(t.TenantId, transactions);
        return new ReviewDesk(t, admin, app.Client(await TokenAsync(admin, "reviewer", "rita")), app.Client(await TokenAsync(admin, "auditor", "audrey")));
    }

    public static async Task<string> TokenAsync(HttpClient admin, string role, string issuedTo) =>
        (await (await admin.PostAsJsonAsync("/api/tokens", new { role, issuedTo })).Body()).GetProperty("token").GetString()!;

    public async Task<ReviewQueuePage> QueueAsync(string query = "") =>
        (await Admin.GetFromJsonAsync<ReviewQueuePage>($"/api/review/queue{query}", Json.Options))!;

    public async Task<ReviewQueueEntry> QueuedAsync(string payeeStart) => (await QueueAsync("?pageSize=500")).Items.Single(i => i.Payee.StartsWith(payeeStart));

    public async Task<JsonElement> ExplainAsync(string id) => await (await Admin.GetAsync($"/api/transactions/{id}/explain")).Body();

    public static async Task<HttpResponseMessage> ActAsync(HttpClient client, string id, string act, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/transactions/{id}/{act}") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }
}
