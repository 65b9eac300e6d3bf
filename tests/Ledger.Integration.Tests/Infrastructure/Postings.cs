using Ledger.Api.Tenants;
using Ledger.Domain.Decisions;
using Marten;

namespace Ledger.Integration.Tests.Infrastructure;

public static class Postings
{
    /// <summary>
    /// A tenant whose statement went through the real pipeline with auto-posting on: 5 of the 6 transactions of
    /// <see cref="Decisions.NewStatement"/> are posted by "autopost", ACME waits for review.
    /// </summary>
    public static async Task<(TenantOnboardedResponse Tenant, HttpClient Admin, IReadOnlyList<JournalEntryPosted> Posted)> TenantWithPostedEntriesAsync(
        this LedgerApp app, string name)
    {
        var t = await app.OnboardAsync(name);
        var admin = app.Client(t.AdminToken);
        var labels = await admin.ImportLabelsAsync(Decisions.LabelledHistory());
        Assert.True(labels.IsSuccessStatusCode, await labels.Content.ReadAsStringAsync());
        var train = await admin.PostAsync("/api/categorizer/train", null);
        Assert.True(train.IsSuccessStatusCode, await train.Content.ReadAsStringAsync());
        var enable = await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/autopost", new { enabled = true, reason = "test" });
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);
        var upload = await admin.UploadTextAsync("nov.csv", Decisions.NewStatement, "1000");
        Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        await app.WaitForDecisionsAsync(t.TenantId, 6);

        await using var session = app.Store.QuerySession(t.TenantId);
        var posted = await session.Events.QueryRawEventDataOnly<JournalEntryPosted>().ToListAsync();
        Assert.Equal(5, posted.Count);
        return (t, admin, posted);
    }

    /// <summary>Reverses a posted entry the way a reviewer's correction does: a new event on the transaction's stream, by a named user.</summary>
    public static async Task<JournalEntryReversed> ReverseAsync(this LedgerApp app, string tenantId, JournalEntryPosted posted, string by, string reason)
    {
        var now = app.Clock.GetCurrentInstant();
        var reversed = new JournalEntryReversed(posted.EntryId, Guid.NewGuid(), posted.TransactionId, now.InUtc().Date,
            JournalLines.Reverse(posted.Lines), by, reason, now);
        await using var session = app.Store.LightweightSession(tenantId);
        session.LastModifiedBy = by;
        session.Events.Append(posted.TransactionId, reversed);
        await session.SaveChangesAsync();
        return reversed;
    }
}
