using Ledger.Domain.Decisions;
using Marten;

namespace Ledger.Integration.Tests.Decisions;

public class TransferDecisionTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task A_card_payment_from_checking_is_booked_once_bank_to_bank()
    {
        var t = await app.OnboardAsync("Transfer Books");
        await app.TrainToAutopostTransfersAsync(t, "ONLINE PAYMENT TO CARD ENDING 1007", "PAYMENT THANK YOU");
        var admin = app.Client(t.AdminToken);

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
