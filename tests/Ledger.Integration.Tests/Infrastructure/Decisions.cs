using Ledger.Domain.Decisions;
using System.Text;
using Ledger.Projections.Transactions;
using Marten;

namespace Ledger.Integration.Tests.Infrastructure;

public static class Decisions
{
    /// <summary>Waits (bounded) until the pipeline has decided <paramref name="count"/> transactions of the tenant, then for the projections.</summary>
    public static async Task WaitForDecisionsAsync(this LedgerApp app, string tenantId, int count, int timeoutSeconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        int decided;
        do
        {
            await using var session = app.Store.QuerySession(tenantId);
            decided = await session.Events.QueryRawEventDataOnly<GateEvaluated>().CountAsync();
            if (decided >= count) break;
            await Task.Delay(100);
        } while (DateTime.UtcNow < deadline);
        Assert.True(decided >= count, $"only {decided} of {count} transactions were decided in {timeoutSeconds} s");
        await app.CatchUpAsync();
    }

    /// <summary>A small bookkeeping history: vendors of the starter chart, each labelled consistently.</summary>
    public static string LabelledHistory()
    {
        var sb = new StringBuilder("date,description,amount,account\n");
        void Add(string description, decimal amount, string account, int times)
        {
            for (var i = 0; i < times; i++) sb.Append($"2026-0{1 + i % 6}-{10 + i % 15:00},{description},{amount - i * 0.37m:0.00},{account}\n");
        }
        Add("STAPLES 00123 SPRINGFIELD IL", -23.40m, "6300", 12);
        Add("SQ *BLUE BOTTLE COFFEE SAN", -6.50m, "6200", 12);
        Add("PGANDE WEB ONLINE", -120.00m, "6500", 8);
        Add("MONTHLY SERVICE FEE", -15.00m, "6100", 6);
        Add("WEWORK MEMBERSHIP", -900.00m, "6400", 6);
        Add("STRIPE TRANSFER ST-X1Y2", 950.00m, "4000", 10);
        Add("FACEBK ADS 88723", -50.00m, "6000", 8);
        return sb.ToString();
    }

    /// <summary>
    /// A tenant trained on <see cref="LabelledHistory"/> plus five months of card payments (checking 1000 → card 2100, each
    /// leg labelled to the other account) with auto-posting on: its transfers pass the gates and are posted.
    /// </summary>
    public static async Task TrainToAutopostTransfersAsync(this LedgerApp app, Ledger.Api.Tenants.TenantOnboardedResponse t, string paymentPayee, string cardPayee)
    {
        var admin = app.Client(t.AdminToken);
        var history = LabelledHistory().TrimEnd('\n').Split('\n').Select((l, i) => i == 0 ? l + ",bank_account" : l + ",1000").ToList();
        for (var i = 1; i <= 5; i++)
        {
            history.Add($"2026-0{i}-26,{paymentPayee},-{400 + i}.00,2100,1000");
            history.Add($"2026-0{i}-27,{cardPayee},{400 + i}.00,1000,2100");
        }
        (await admin.ImportLabelsAsync(string.Join('\n', history) + "\n")).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/categorizer/train", null)).EnsureSuccessStatusCode();
        (await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/autopost", new { enabled = true })).EnsureSuccessStatusCode();
    }

    public static Task<HttpResponseMessage> ImportLabelsAsync(this HttpClient client, string csv) =>
        client.PostAsync("/api/labels/import", new MultipartFormDataContent
        {
            { new StringContent(csv), "file", "history.csv" },
            { new StringContent("1000"), "bankAccount" },
        });

    public const string NewStatement = """
        Date,Description,Amount
        2026-11-03,STAPLES 00123 SPRINGFIELD IL,-31.15
        2026-11-03,SQ *BLUE BOTTLE COFFEE SAN,-5.75
        2026-11-04,PGANDE WEB ONLINE,-131.20
        2026-11-05,STRIPE TRANSFER ST-Z9Q8,1200.00
        2026-11-05,MONTHLY SERVICE FEE,-15.00
        2026-11-06,ACME WIDGETS CO 555-1234,-77.00
        """;
}
