using System.Globalization;
using System.Text;
using Ledger.Api.Review;
using Ledger.Api.Tenants;
using Ledger.Integration.Tests.Review;

namespace Ledger.Integration.Tests.Close;

/// <summary>A checking account with October lines in the queue and October reconciled, ready to be closed.</summary>
public sealed record CloseBook(TenantOnboardedResponse Tenant, HttpClient Admin, HttpClient Reviewer, IReadOnlyList<ReviewQueueEntry> Queue)
{
    /// <summary>
    /// <paramref name="lines"/> October lines of a checking export with the bank's running balance (opening 5,000.00), decided
    /// (no model yet, so all queued), the opening entry, then October marked reconciled with whatever it shows: a month may be
    /// closed with lines still in review once a reviewer has looked at it.
    /// </summary>
    public static async Task<CloseBook> OpenAsync(LedgerApp app, string name, int lines)
    {
        var t = await app.OnboardAsync(name);
        var admin = app.Client(t.AdminToken);
        var csv = new StringBuilder("Date,Description,Amount,Balance\n");
        var balance = 5000m;
        for (var i = 0; i < lines; i++)
        {
            var amount = -(10m + i);
            balance += amount;
            var day = 1 + i * 30 / lines;
            csv.Append(CultureInfo.InvariantCulture, $"2026-10-{day:00},OFFICE SUPPLY {i:000},{amount:0.00},{balance:0.00}\n");
        }
        csv.Append(CultureInfo.InvariantCulture, $"2026-10-31,BANK FEE,-1.00,{balance - 1m:0.00}\n");
        (await admin.UploadTextAsync("october.csv", csv.ToString(), "1000")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, lines + 1);
        (await admin.PostAsJsonAsync("/api/accounts/1000/opening-balance", new { })).EnsureSuccessStatusCode();
        var queue = (await admin.GetFromJsonAsync<ReviewQueuePage>("/api/review/queue?pageSize=500", Json.Options))!.Items;
        return new CloseBook(t, admin, app.Client(await ReviewDesk.TokenAsync(admin, "reviewer", "rita")), queue);
    }

    public async Task MarkOctoberReconciledAsync()
    {
        var october = await (await Admin.GetAsync("/api/accounts/1000/reconciliation?date=2026-10-31")).Body();
        (await Admin.PostAsJsonAsync("/api/accounts/1000/reconciliation", new
        {
            date = "2026-10-31", bankBalance = october.GetProperty("bankBalance").GetDecimal(), bookBalance = october.GetProperty("bookBalance").GetDecimal(),
        })).EnsureSuccessStatusCode();
    }

    public Task<HttpResponseMessage> CloseOctoberAsync() => Admin.PostAsJsonAsync("/api/periods/2026-10/close", new { reason = "October reconciled" });

    public Task<HttpResponseMessage> BookAsync(ReviewQueueEntry item) =>
        ReviewDesk.ActAsync(Reviewer, item.TransactionId, "recategorize", new { accountCode = "6000", version = item.Version });
}
