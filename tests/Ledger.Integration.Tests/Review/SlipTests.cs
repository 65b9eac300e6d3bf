using System.Text.Json;
using Ledger.Domain.Categorization;
using Ledger.Domain.Review;
using Ledger.Projections.Categorization;
using Marten;

namespace Ledger.Integration.Tests.Review;

/// <summary>
/// Reviewer slips over HTTP: an answer against a vendor's strong history is booked, asked about, and kept out of the vendor
/// stats and the next training until it is confirmed; a correction is one recategorize.
/// </summary>
public class SlipTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    async Task<int> TrainAsync(HttpClient admin)
    {
        var trained = await admin.PostAsync("/api/categorizer/train", null);
        Assert.True(trained.IsSuccessStatusCode, await trained.Content.ReadAsStringAsync());
        return (await trained.Body()).GetProperty("sampleCount").GetInt32();
    }

    static JsonElement? Slip(JsonElement body) =>
        body.TryGetProperty("slip", out var s) && s.ValueKind == JsonValueKind.Object ? s : null;

    [Fact]
    public async Task A_slip_is_asked_about_held_out_of_the_next_training_and_counts_once_confirmed()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Slip Co");
        var before = await TrainAsync(desk.Admin);

        // STAPLES: 12 of 12 earlier labels are 6300; the reviewer books it to 6000.
        var staples = await desk.QueuedAsync("STAPLES");
        var answered = await ReviewDesk.ActAsync(desk.Reviewer, staples.TransactionId, "recategorize", new { accountCode = "6000", version = staples.Version });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var body = await answered.Body();
        var question = Slip(body)?.GetProperty("question").GetString();
        Assert.NotNull(question);
        Assert.StartsWith("did you mean 6300 ", question);
        Assert.Contains("(12 of 12 earlier", question);
        Assert.Equal("posted", body.GetProperty("status").GetString());   // the answer is booked as usual
        var explain = await desk.ExplainAsync(staples.TransactionId);
        Assert.Equal(question, Slip(explain)?.GetProperty("question").GetString());

        // Held out: the vendor stats and the next training do not see it.
        Assert.Equal(before, await TrainAsync(desk.Admin));
        await using (var session = app.Store.QuerySession(desk.Tenant.TenantId))
            Assert.Equal(12, (await session.LoadAsync<VendorStats>(staples.VendorKey))!.TotalLabels);
        var slips = await (await desk.Admin.GetAsync("/api/metrics/slips?period=7d")).Body();
        Assert.Equal((1, 1), (slips.GetProperty("suspected").GetInt32(), slips.GetProperty("open").GetInt32()));
        Assert.Equal("rita", slips.GetProperty("weeks")[0].GetProperty("reviewer").GetString());

        // Confirmed: it was meant, and now counts like any answer.
        var confirmed = await ReviewDesk.ActAsync(desk.Reviewer, staples.TransactionId, "confirm", new { version = explain.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Null(Slip(await desk.ExplainAsync(staples.TransactionId)));
        Assert.Equal(before + 1, await TrainAsync(desk.Admin));
        await using (var session = app.Store.QuerySession(desk.Tenant.TenantId))
        {
            var stats = (await session.LoadAsync<VendorStats>(staples.VendorKey))!;
            Assert.Equal((13, 1), (stats.TotalLabels, stats.LabelsByAccount.GetValueOrDefault("6000")));
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await ReviewDesk.ActAsync(desk.Reviewer, staples.TransactionId, "confirm",
            new { version = (await desk.ExplainAsync(staples.TransactionId)).GetProperty("version").GetInt32() })).StatusCode);
    }

    [Fact]
    public async Task A_slip_is_corrected_by_one_recategorize_that_rebooks_it_and_an_ordinary_answer_is_not_asked_about()
    {
        var desk = await ReviewDesk.OpenAsync(app, "Slip Fix Co");
        var coffee = await desk.QueuedAsync("SQ *BLUE BOTTLE");
        var slipped = await (await ReviewDesk.ActAsync(desk.Reviewer, coffee.TransactionId, "recategorize", new { accountCode = "6500", version = coffee.Version })).Body();
        var suggested = Slip(slipped)!.Value.GetProperty("evidence").GetProperty("suggestedAccount").GetString();
        Assert.Equal("6200", suggested);

        var fixedUp = await ReviewDesk.ActAsync(desk.Reviewer, coffee.TransactionId, "recategorize",
            new { accountCode = suggested, version = slipped.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, fixedUp.StatusCode);
        var fixedBody = await fixedUp.Body();
        Assert.Null(Slip(fixedBody));
        Assert.Contains("JournalEntryReversed", fixedBody.GetProperty("recorded").EnumerateArray().Select(e => e.GetString()));
        var explain = await desk.ExplainAsync(coffee.TransactionId);
        Assert.Null(Slip(explain));
        Assert.Contains(explain.GetProperty("entry").GetProperty("lines").EnumerateArray(), l => l.GetProperty("accountCode").GetString() == "6200");

        // ACME has no history: a recategorize is just an answer.
        var acme = await desk.QueuedAsync("ACME");
        Assert.Null(Slip(await (await ReviewDesk.ActAsync(desk.Reviewer, acme.TransactionId, "recategorize", new { accountCode = "6300", version = acme.Version })).Body()));

        await using var session = app.Store.QuerySession(desk.Tenant.TenantId);
        var labels = await session.Events.QueryRawEventDataOnly<TransactionLabelled>().Where(l => l.Source == LabelSources.Review).ToListAsync();
        Assert.Equal(["6200", "6300"], labels.Select(l => l.AccountCode).Order().ToArray());
        var slipEvents = await session.Events.QueryRawEventDataOnly<SlipSuspected>().ToListAsync();
        Assert.Equal(("6500", "6200"), (Assert.Single(slipEvents).AnsweredAccount, slipEvents[0].Evidence.SuggestedAccount));
    }
}
