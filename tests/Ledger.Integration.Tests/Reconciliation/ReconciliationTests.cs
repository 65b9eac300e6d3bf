using System.Text.Json;
using Ledger.Domain.Decisions;
using Ledger.Domain.Reconciliation;
using Ledger.Integration.Tests.Review;
using Marten;

namespace Ledger.Integration.Tests.Reconciliation;

/// <summary>Issue #20: statements keep the bank's balances, a gap shows with its amount, and the books reconcile to the bank.</summary>
public class ReconciliationTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    const string Card = "2100";

    [Fact]
    public async Task A_series_of_real_statements_reconciles_to_zero_once_every_line_is_posted()
    {
        var (t, admin) = await TenantAsync("Series Co");
        var months = StatementCuts.Months();
        foreach (var m in months) (await admin.UploadAsync(m.FileName, m.Content, Card)).EnsureSuccessStatusCode();
        var lines = months.Sum(m => m.Content.Length > 0 ? CountLines(m) : 0);
        await app.WaitForDecisionsAsync(t.TenantId, lines);

        var statements = await (await admin.GetAsync($"/api/accounts/{Card}/statements")).Body();
        Assert.Equal(["first", "continuous", "continuous", "continuous"], statements.EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(-487.00m, statements[3].GetProperty("statedClosing").GetDecimal());

        // Before anything is posted: the book has the opening entry only, and every line is explained as waiting for review.
        var opening = await (await admin.PostAsJsonAsync($"/api/accounts/{Card}/opening-balance", new { })).Body();
        var openingAmount = -487.00m - months.Sum(m => m.LinesTotal);
        Assert.Equal(openingAmount, opening.GetProperty("amount").GetDecimal());
        Assert.Equal("2001-01-01", opening.GetProperty("asOf").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/accounts/{Card}/opening-balance", new { })).StatusCode);
        var waiting = await ReportAsync(admin, "2001-04-25");
        Assert.Equal(openingAmount, waiting.GetProperty("bookBalance").GetDecimal());
        Assert.Equal(months.Sum(m => m.LinesTotal), waiting.GetProperty("difference").GetDecimal());
        Assert.Equal(lines, waiting.GetProperty("items").GetArrayLength());
        Assert.All(waiting.GetProperty("items").EnumerateArray(), i => Assert.Equal(ReconciliationKinds.InReview, i.GetProperty("kind").GetString()));
        Assert.Equal(0m, waiting.GetProperty("unexplained").GetDecimal());

        await PostEverythingAsync(admin, t.TenantId);
        foreach (var m in months)
        {
            var r = await ReportAsync(admin, m.ClosingDate);
            Assert.Equal(m.Closing, r.GetProperty("bankBalance").GetDecimal());
            Assert.Equal(m.Closing, r.GetProperty("bookBalance").GetDecimal());
            Assert.Equal(0.00m, r.GetProperty("difference").GetDecimal());
            Assert.Equal(0, r.GetProperty("items").GetArrayLength());
        }

        // The reviewer's mark records the figures; figures that changed since they looked are refused.
        var reviewer = app.Client(await ReviewDesk.TokenAsync(admin, "reviewer", "rita"));
        var stale = await reviewer.PostAsJsonAsync($"/api/accounts/{Card}/reconciliation", new { date = "2001-04-25", bankBalance = -487.00m, bookBalance = -400m });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var marked = await reviewer.PostAsJsonAsync($"/api/accounts/{Card}/reconciliation", new { date = "2001-04-25", bankBalance = -487.00m, bookBalance = -487.00m });
        Assert.True(marked.IsSuccessStatusCode, await marked.Content.ReadAsStringAsync());
        await using var session = app.Store.QuerySession(t.TenantId);
        var recorded = Assert.Single(await session.Events.QueryRawEventDataOnly<AccountReconciled>().ToListAsync());
        Assert.Equal((Card, -487.00m, -487.00m, 0m, "rita"), (recorded.BankAccountCode, recorded.BankBalance, recorded.BookBalance, recorded.Difference, recorded.By));
    }

    [Fact]
    public async Task A_missing_middle_statement_is_reported_with_the_amount_it_held()
    {
        var (t, admin) = await TenantAsync("Gap Co");
        var months = StatementCuts.Months();
        var february = months.Single(m => m.Number == 2);
        foreach (var m in months.Where(m => m != february)) (await admin.UploadAsync(m.FileName, m.Content, Card)).EnsureSuccessStatusCode();

        var statements = (await (await admin.GetAsync($"/api/accounts/{Card}/statements")).Body()).EnumerateArray().ToList();
        var march = statements.Single(s => s.GetProperty("fileName").GetString() == "cibc-visa-2001-03.qfx");
        Assert.Equal("gap", march.GetProperty("status").GetString());
        Assert.Equal(february.LinesTotal, march.GetProperty("missing").GetDecimal());
        Assert.Contains(march.GetProperty("notes").EnumerateArray(), n => n.GetString()!.Contains($"{february.LinesTotal:0.00} of bank lines between 2001-01-31 and 2001-03-31 are missing"));
        Assert.Equal("continuous", statements.Last().GetProperty("status").GetString());

        // Importing it closes the gap.
        (await admin.UploadAsync(february.FileName, february.Content, Card)).EnsureSuccessStatusCode();
        var after = (await (await admin.GetAsync($"/api/accounts/{Card}/statements")).Body()).EnumerateArray().Select(s => s.GetProperty("status").GetString());
        Assert.Equal(["first", "continuous", "continuous", "continuous"], after);
    }

    [Fact]
    public async Task A_transfer_booked_on_both_legs_shows_as_a_difference_of_its_amount()
    {
        var (t, admin) = await TenantAsync("Both Legs Co");
        // A checking export with a running balance: opening 200.00.
        (await admin.UploadTextAsync("checking.csv",
            "Date,Description,Amount,Balance\n2026-11-02,CLIENT DEPOSIT,1000.00,1200.00\n2026-11-10,ONLINE PAYMENT TO CARD ENDING 1007,-500.00,700.00\n", "1000")).EnsureSuccessStatusCode();
        var card = await (await admin.UploadTextAsync("card.csv", "Date,Description,Amount\n2026-11-10,PAYMENT THANK YOU,500.00\n", Card)).Body();
        Assert.Equal(1, card.GetProperty("transfersDetected").GetInt32());
        await app.WaitForDecisionsAsync(t.TenantId, 3);
        (await admin.PostAsJsonAsync("/api/accounts/1000/opening-balance", new { })).EnsureSuccessStatusCode();

        await using (var session = app.Store.LightweightSession(t.TenantId))
        {
            var imported = await session.Events.QueryRawEventDataOnly<Ledger.Domain.Statements.TransactionImported>().ToListAsync();
            var deposit = imported.Single(i => i.Amount == 1000m);
            var legs = imported.Where(i => Math.Abs(i.Amount) == 500m).ToList();
            session.Events.Append(deposit.TransactionId, Entry(deposit.TransactionId, deposit.PostedOn, [new("1000", 1000m, 0m, null), new("4000", 0m, 1000m, null)]));
            // What the pipeline did before transfers were booked once: each leg booked the same bank-to-bank entry.
            foreach (var leg in legs)
                session.Events.Append(leg.TransactionId, Entry(leg.TransactionId, leg.PostedOn, [new(Card, 500m, 0m, null), new("1000", 0m, 500m, null)]));
            await session.SaveChangesAsync();
        }

        var r = await ReportAsync(admin, "2026-11-10", "1000");
        Assert.Equal(700.00m, r.GetProperty("bankBalance").GetDecimal());
        Assert.Equal(200.00m, r.GetProperty("bookBalance").GetDecimal());
        Assert.Equal(500.00m, r.GetProperty("difference").GetDecimal());
        var item = Assert.Single(r.GetProperty("items").EnumerateArray());
        Assert.Equal(ReconciliationKinds.PostedTwice, item.GetProperty("kind").GetString());
        Assert.Equal(500.00m, item.GetProperty("effect").GetDecimal());
        Assert.Equal(0m, r.GetProperty("unexplained").GetDecimal());
    }

    static JournalEntryPosted Entry(string id, NodaTime.LocalDate date, IReadOnlyList<JournalLine> lines) =>
        new(Guid.NewGuid(), id, date, lines, "test", "rita", "approved", NodaTime.Instant.FromUtc(2026, 11, 20, 9, 0));

    async Task<(Ledger.Api.Tenants.TenantOnboardedResponse, HttpClient)> TenantAsync(string name)
    {
        var t = await app.OnboardAsync(name, booksCurrency: StatementCuts.Currency);
        return (t, app.Client(t.AdminToken));
    }

    static async Task<JsonElement> ReportAsync(HttpClient client, string date, string account = Card)
    {
        var response = await client.GetAsync($"/api/accounts/{account}/reconciliation?date={date}");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Body();
    }

    static int CountLines(StatementCuts.Month m) => System.Text.Encoding.ASCII.GetString(m.Content).Split("<STMTTRN>").Length - 1;

    /// <summary>Every queued line booked by a reviewer's recategorization, as the queue offers them.</summary>
    async Task PostEverythingAsync(HttpClient admin, string tenantId)
    {
        var queue = (await admin.GetFromJsonAsync<Ledger.Api.Review.ReviewQueuePage>("/api/review/queue?pageSize=500", Json.Options))!;
        foreach (var item in queue.Items)
        {
            var account = item.Amount < 0 ? "6000" : "4000";
            var acted = await ReviewDesk.ActAsync(admin, item.TransactionId, "recategorize", new { accountCode = account, version = item.Version });
            Assert.True(acted.IsSuccessStatusCode, await acted.Content.ReadAsStringAsync());
        }
    }
}
