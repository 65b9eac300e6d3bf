using Ledger.Domain.Decisions;
using Marten;

namespace Ledger.Integration.Tests.Decisions;

public class TransferDecisionTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task A_card_payment_from_checking_is_booked_once_bank_to_bank()
    {
        var t = await app.OnboardAsync("Transfer Books");
        var admin = app.Client(t.AdminToken);
        var history = Infrastructure.Decisions.LabelledHistory().TrimEnd('\n').Split('\n')
            .Select((l, i) => i == 0 ? l + ",bank_account" : l + ",1000").ToList();
        for (var i = 1; i <= 5; i++)
        {
            history.Add($"2026-0{i}-26,ONLINE PAYMENT TO CARD ENDING 1007,-{400 + i}.00,2100,1000");
            history.Add($"2026-0{i}-27,PAYMENT THANK YOU,{400 + i}.00,1000,2100");
        }
        (await admin.ImportLabelsAsync(string.Join('\n', history) + "\n")).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/categorizer/train", null)).EnsureSuccessStatusCode();
        (await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/autopost", new { enabled = true })).EnsureSuccessStatusCode();

        await admin.UploadTextAsync("checking.csv", "Date,Description,Amount\n2026-11-10,ONLINE PAYMENT TO CARD ENDING 1007,-500.00\n", "1000");
        var card = await (await admin.UploadTextAsync("card.csv", "Date,Description,Amount\n2026-11-12,PAYMENT THANK YOU,500.00\n", "2100")).Body();
        Assert.Equal(1, card.GetProperty("transfersDetected").GetInt32());
        await app.WaitForDecisionsAsync(t.TenantId, 2);

        await using var session = app.Store.QuerySession(t.TenantId);
        var posted = await session.Events.QueryRawEventDataOnly<JournalEntryPosted>().ToListAsync();
        var entry = Assert.Single(posted);
        Assert.Contains(entry.Lines, l => l.AccountCode == "2100" && l.Debit == 500m);
        Assert.Contains(entry.Lines, l => l.AccountCode == "1000" && l.Credit == 500m);
        Assert.Single(await session.Events.QueryRawEventDataOnly<TransferLegCovered>().ToListAsync());
        var proposals = await session.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync();
        Assert.All(proposals, p => Assert.Equal("transfer", p.Source));
    }
}
