using Ledger.Api.Review;
using Ledger.Integration.Tests.Review;

namespace Ledger.Integration.Tests.Tenants.Attacks;

/// <summary>Builds a tenant with something of every kind an endpoint addresses: transactions (queued, posted), tokens, a rule, an export batch.</summary>
public static class AttackWorlds
{
    public static async Task<TenantWorld> BuildAsync(LedgerApp app, string name)
    {
        var t = await app.OnboardAsync(name);
        var admin = app.Client(t.AdminToken);
        // Text only this tenant has: statement lines, a rule and an export key named after it. One line approved (a posted
        // entry to export and reverse), one left in the queue (the id the attacks use).
        var unique = $"{name.ToUpperInvariant().Replace(' ', '-')}-{Guid.NewGuid():N}"[..40];
        (await admin.UploadTextAsync("own.csv", $"Date,Description,Amount\n2026-11-07,{unique} SHOP,-19.00\n2026-11-08,{unique} CAFE,-4.00\n", "1000")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, 2);
        var queue = (await admin.GetFromJsonAsync<ReviewQueuePage>("/api/review/queue?pageSize=500", Json.Options))!;
        var line = queue.Items.Single(i => i.Payee.EndsWith("SHOP"));
        var cafe = queue.Items.Single(i => i.Payee.EndsWith("CAFE"));
        (await ReviewDesk.ActAsync(admin, cafe.TransactionId, "recategorize", new { accountCode = "6200", version = cafe.Version })).EnsureSuccessStatusCode();

        var rule = await (await admin.PostAsJsonAsync("/api/rules", new { payee = unique + " RULE", accountCode = "6300" })).Body();
        var token = await (await admin.PostAsJsonAsync("/api/tokens", new { role = "reviewer", issuedTo = unique.ToLowerInvariant() })).Body();
        var revoked = await (await admin.PostAsJsonAsync("/api/tokens", new { role = "admin", issuedTo = "gone" })).Body();
        (await admin.DeleteAsync($"/api/tokens/{revoked.GetProperty("tokenId").GetString()}")).EnsureSuccessStatusCode();
        using var export = new HttpRequestMessage(HttpMethod.Post, "/api/export/qbo");
        export.Headers.Add("Idempotency-Key", unique);
        var batch = await (await admin.SendAsync(export)).Body();
        await app.CatchUpAsync();
        var imports = await (await admin.GetAsync("/api/imports")).Body();

        var ids = new Dictionary<string, string>
        {
            ["transaction"] = line.TransactionId, ["token"] = token.GetProperty("tokenId").GetString()!, ["rule"] = rule.GetProperty("id").GetString()!,
            ["batch"] = batch.GetProperty("batch").GetString()!, ["tenant"] = t.TenantId,
        };
        var markers = ids.Values.Concat([unique, name]).Concat(imports.EnumerateArray().Select(i => i.GetProperty("id").GetString()!)).ToList();
        return new TenantWorld(t.TenantId, t.AdminToken, revoked.GetProperty("token").GetString()!, ids, markers);
    }
}
