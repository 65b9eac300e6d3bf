using Ledger.Domain.Decisions;
using Ledger.Projections.Journal;
using Ledger.Projections.Review;
using Ledger.Projections.Transactions;
using Marten;

namespace Ledger.Integration.Tests.Decisions;

/// <summary>Import → proposal → gates → posted entry or review item, with nobody pushing it.</summary>
public class DecisionPipelineTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    async Task<(Ledger.Api.Tenants.TenantOnboardedResponse Tenant, HttpClient Admin)> TrainedTenantAsync(string name)
    {
        var t = await app.OnboardAsync(name);
        var admin = app.Client(t.AdminToken);
        var labels = await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory());
        Assert.True(labels.IsSuccessStatusCode, await labels.Content.ReadAsStringAsync());
        var train = await admin.PostAsync("/api/categorizer/train", null);
        Assert.True(train.IsSuccessStatusCode, await train.Content.ReadAsStringAsync());
        return (t, admin);
    }

    [Fact]
    public async Task In_shadow_mode_every_transaction_is_queued_and_the_gates_say_what_would_have_posted()
    {
        var (t, admin) = await TrainedTenantAsync("Shadow Co");
        await admin.UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000");
        await app.WaitForDecisionsAsync(t.TenantId, 6);

        await using var session = app.Store.QuerySession(t.TenantId);
        var queue = await session.Query<ReviewQueueItem>().ToListAsync();
        Assert.Equal(6, queue.Count);
        Assert.All(queue, q => Assert.Contains(ReasonCode.AutopostDisabled, q.Reasons));
        var views = (await session.Query<TransactionView>().ToListAsync()).ToDictionary(v => v.Payee);
        Assert.True(views["STAPLES 00123 SPRINGFIELD IL"].WouldAutoPost);
        Assert.Equal("6300", views["STAPLES 00123 SPRINGFIELD IL"].ProposedAccountCode);
        Assert.Equal("4000", views["STRIPE TRANSFER ST-Z9Q8"].ProposedAccountCode);
        Assert.Contains(ReasonCode.ColdStartVendor, views["ACME WIDGETS CO 555-1234"].Reasons);
        Assert.False(views["ACME WIDGETS CO 555-1234"].WouldAutoPost);
        Assert.Empty(await session.Query<JournalEntryView>().ToListAsync());
    }

    [Fact]
    public async Task An_opted_in_tenant_posts_balanced_entries_and_queues_the_rest_with_reasons()
    {
        var (t, admin) = await TrainedTenantAsync("Autopost Co");
        var enable = await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/autopost", new { enabled = true });
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);

        await admin.UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000");
        await app.WaitForDecisionsAsync(t.TenantId, 6);

        await using var session = app.Store.QuerySession(t.TenantId);
        var entries = await session.Query<JournalEntryView>().ToListAsync();
        Assert.Contains(entries, e => e.PostedBy == Posters.Autopost && e.Lines.Any(l => l.AccountCode == "6300" && l.Debit == 31.15m)
                                      && e.Lines.Any(l => l.AccountCode == "1000" && l.Credit == 31.15m));
        Assert.Contains(entries, e => e.Lines.Any(l => l.AccountCode == "1000" && l.Debit == 1200.00m)
                                      && e.Lines.Any(l => l.AccountCode == "4000" && l.Credit == 1200.00m));
        Assert.All(entries, e => Assert.Equal(e.Lines.Sum(l => l.Debit), e.Lines.Sum(l => l.Credit)));

        var queued = await session.Query<ReviewQueueItem>().ToListAsync();
        var acme = Assert.Single(queued, q => q.Payee.StartsWith("ACME"));
        Assert.Contains(ReasonCode.ColdStartVendor, acme.Reasons);
        Assert.Equal(6, entries.Count + queued.Count);

        var tb = await session.LoadAsync<TrialBalance>(TrialBalance.Key);
        Assert.NotNull(tb);
        Assert.Equal(tb.TotalDebits, tb.TotalCredits);
        Assert.Equal(entries.Sum(e => e.Total), tb.TotalDebits);
    }

    [Fact]
    public async Task Every_decision_records_its_inputs_and_the_gates_replay_to_the_same_answer()
    {
        var (t, admin) = await TrainedTenantAsync("Replay Co");
        await admin.UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000");
        await app.WaitForDecisionsAsync(t.TenantId, 6);

        await using var session = app.Store.QuerySession(t.TenantId);
        var gates = await session.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync();
        Assert.Equal(6, gates.Count);
        Assert.All(gates, g => Assert.Equal(g.Decision, Gates.Evaluate(g.Inputs)));
        var proposals = await session.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync();
        Assert.All(proposals, p => Assert.NotEmpty(p.Trace));
        Assert.All(proposals.Where(p => p.Source == "model"), p => Assert.StartsWith("m-", p.ModelVersion));
    }
}
