using System.Text.Json;
using Ledger.Api.Review;
using Ledger.Domain.Decisions;
using Ledger.Projections.Journal;
using Marten;

namespace Ledger.Integration.Tests.Review;

/// <summary>
/// The demo: a shadow-mode tenant whose checking payment of 3,758.91 and the card's "AUTOMATIC PAYMENT - THANK YOU"
/// were paired as one transfer, both legs waiting in the review queue proposing the same entry.
/// </summary>
public sealed record TransferDesk(LedgerApp App, string TenantId, HttpClient Reviewer, HttpClient Admin)
{
    public const decimal Amount = 3758.91m;
    public const string Checking = "1000", Card = "2100";

    public static async Task<TransferDesk> OpenAsync(LedgerApp app, string name)
    {
        var t = await app.OnboardAsync(name);
        var admin = app.Client(t.AdminToken);
        var history = new List<string> { "date,description,amount,account,bank_account" };
        for (var i = 1; i <= 5; i++)
        {
            history.Add($"2026-0{i}-26,ONLINE PAYMENT TO CARD ENDING 1007,-{900 + i}.00,{Card},{Checking}");
            history.Add($"2026-0{i}-27,AUTOMATIC PAYMENT - THANK YOU,{900 + i}.00,{Checking},{Card}");
            history.Add($"2026-0{i}-12,FACEBK ADS 88723,-{50 + i}.00,6000,{Checking}");
        }
        (await admin.ImportLabelsAsync(string.Join('\n', history) + "\n")).EnsureSuccessStatusCode();
        Assert.True((await admin.UploadTextAsync("checking.csv", $"Date,Description,Amount\n2026-11-10,ONLINE PAYMENT TO CARD ENDING 1007,-{Amount}\n", Checking)).IsSuccessStatusCode);
        var card = await (await admin.UploadTextAsync("card.csv", $"Date,Description,Amount\n2026-11-12,AUTOMATIC PAYMENT - THANK YOU,{Amount}\n", Card)).Body();
        Assert.Equal(1, card.GetProperty("transfersDetected").GetInt32());
        await app.WaitForDecisionsAsync(t.TenantId, 2);
        return new TransferDesk(app, t.TenantId, app.Client(await ReviewDesk.TokenAsync(admin, "reviewer", "rita")), admin);
    }

    public async Task<ReviewQueuePage> QueueAsync() => (await Admin.GetFromJsonAsync<ReviewQueuePage>("/api/review/queue?pageSize=500", Json.Options))!;

    /// <summary>The leg of <paramref name="bank"/> as the queue shows it (with the version to act on), or null when it is not queued.</summary>
    public async Task<ReviewQueueEntry?> QueuedAsync(string bank) => (await QueueAsync()).Items.SingleOrDefault(i => i.BankAccountCode == bank);

    public async Task<(string Id, int Version)> LegAsync(string bank)
    {
        await using var session = App.Store.QuerySession(TenantId);
        var id = (await session.Events.QueryRawEventDataOnly<Ledger.Domain.Statements.TransactionImported>().ToListAsync()).Single(t => t.BankAccountCode == bank).TransactionId;
        return (id, (int)(await session.Events.FetchStreamStateAsync(id))!.Version);
    }

    public async Task<JsonElement> ExplainAsync(string id) => await (await Admin.GetAsync($"/api/transactions/{id}/explain")).Body();

    /// <summary>Acts on the leg of <paramref name="bank"/> at its current version.</summary>
    public async Task<HttpResponseMessage> ActAsync(string bank, string act, object? body = null)
    {
        var (id, version) = await LegAsync(bank);
        var fields = JsonSerializer.SerializeToElement(body ?? new { }).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        fields["version"] = version;
        return await ReviewDesk.ActAsync(Reviewer, id, act, fields);
    }

    public async Task<IReadOnlyList<JournalEntryPosted>> PostedAsync()
    {
        await using var session = App.Store.QuerySession(TenantId);
        return await session.Events.QueryRawEventDataOnly<JournalEntryPosted>().ToListAsync();
    }

    /// <summary>The trial balance (async read model, caught up): debits minus credits per account with any movement left.</summary>
    public async Task<Dictionary<string, decimal>> TrialBalanceAsync()
    {
        await App.CatchUpAsync();
        await using var session = App.Store.QuerySession(TenantId);
        var tb = await session.LoadAsync<TrialBalance>(TrialBalance.Key);
        if (tb is null) return [];
        Assert.Equal(tb.TotalDebits, tb.TotalCredits);
        return tb.Accounts.Where(a => a.Value.Balance != 0).ToDictionary(a => a.Key, a => a.Value.Balance);
    }

    /// <summary>Waits (bounded) until the leg of <paramref name="bank"/> is back in the queue after a fresh decision.</summary>
    public async Task<ReviewQueueEntry> RequeuedAsync(string bank)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await QueuedAsync(bank) is { } item) return item;
            await Task.Delay(100);
        }
        throw new TimeoutException($"the {bank} leg did not come back to the queue");
    }

    /// <summary>
    /// Waits (bounded) until the leg of <paramref name="bank"/> holds a proposal again: a reversal reopens the pair, and each
    /// leg is proposed afresh by the decision relay a moment later (approving before that is refused: nothing to approve).
    /// </summary>
    public async Task ProposedAgainAsync(string bank)
    {
        var (id, _) = await LegAsync(bank);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            await using var session = App.Store.QuerySession(TenantId);
            var events = await session.Events.FetchStreamAsync(id);
            if (Ledger.Domain.Lifecycle.TransactionLifecycle.Fold(events.Select(e => e.Data))?.ProposedAccountCode is not null) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"the {bank} leg was not proposed again");
    }

    public static Dictionary<string, decimal> Moved(params (string Account, decimal Balance)[] accounts) => accounts.ToDictionary(a => a.Account, a => a.Balance);
}
