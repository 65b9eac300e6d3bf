using Marten;
using System.Text.Json;

namespace Ledger.Integration.Tests.Import;

public class TransferPairTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    static string Csv(params string[] rows) => "Date,Description,Amount\n" + string.Join("\n", rows) + "\n";

    static async Task<List<JsonElement>> TransactionsAsync(HttpClient client, string account) =>
        (await (await client.GetAsync($"/api/bank-accounts/{account}/transactions?pageSize=100")).Body()).EnumerateArray().ToList();

    static string? Counterpart(JsonElement tx) =>
        tx.TryGetProperty("transferCounterpartId", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;

    [Fact]
    public async Task A_checking_payment_and_the_card_payment_received_two_days_later_point_at_each_other()
    {
        var t = await app.OnboardAsync("Transfer Pair Co");
        var client = app.Client(t.AdminToken);

        var checking = await (await client.UploadTextAsync("checking.csv",
            Csv("2026-03-10,PAYMENT TO CARD,-500.00", "2026-03-11,STAPLES 0042 SPRINGFIELD IL,-42.10"), "1000")).Body();
        var card = await (await client.UploadTextAsync("card.csv",
            Csv("2026-03-12,PAYMENT THANK YOU,500.00", "2026-03-12,DELTA AIR LINES ATLANTA,-42.10"), "2100")).Body();

        Assert.Equal(0, checking.GetProperty("transfersDetected").GetInt32());
        // -42.10 on both sides is two purchases, not a transfer: same sign.
        Assert.Equal(1, card.GetProperty("transfersDetected").GetInt32());
        await app.CatchUpAsync();
        var payment = (await TransactionsAsync(client, "1000")).Single(x => x.GetProperty("payee").GetString() == "PAYMENT TO CARD");
        var received = (await TransactionsAsync(client, "2100")).Single(x => x.GetProperty("payee").GetString() == "PAYMENT THANK YOU");
        Assert.Equal(received.GetProperty("id").GetString(), Counterpart(payment));
        Assert.Equal(payment.GetProperty("id").GetString(), Counterpart(received));
        Assert.All((await TransactionsAsync(client, "1000")).Concat(await TransactionsAsync(client, "2100"))
            .Where(x => x.GetProperty("payee").GetString()!.Contains("42") || x.GetProperty("payee").GetString()!.StartsWith("DELTA")),
            x => Assert.Null(Counterpart(x)));

        // Importing either file again adds nothing and pairs nothing twice.
        var again = await (await client.UploadTextAsync("card.csv",
            Csv("2026-03-12,PAYMENT THANK YOU,500.00", "2026-03-12,DELTA AIR LINES ATLANTA,-42.10"), "2100")).Body();
        Assert.Equal(0, again.GetProperty("imported").GetInt32());
        Assert.Equal(0, again.GetProperty("transfersDetected").GetInt32());
        // A second card payment of the same amount on a later day must not steal the already paired checking leg.
        var later = await (await client.UploadTextAsync("card-2.csv", Csv("2026-03-11,PAYMENT THANK YOU - ONLINE,500.00"), "2100")).Body();
        Assert.Equal(1, later.GetProperty("imported").GetInt32());
        Assert.Equal(0, later.GetProperty("transfersDetected").GetInt32());
        Assert.Equal(2, await PairEventsAsync(t.TenantId)); // one pair, one event on each leg

    }

    [Fact]
    public async Task The_same_amount_ten_days_apart_is_not_a_transfer()
    {
        var t = await app.OnboardAsync("Far Apart Co");
        var client = app.Client(t.AdminToken);

        await client.UploadTextAsync("checking.csv", Csv("2026-03-10,PAYMENT TO CARD,-500.00"), "1000");
        var card = await (await client.UploadTextAsync("card.csv", Csv("2026-03-20,PAYMENT THANK YOU,500.00"), "2100")).Body();

        Assert.Equal(0, card.GetProperty("transfersDetected").GetInt32());
        await app.CatchUpAsync();
        Assert.Null(Counterpart((await TransactionsAsync(client, "2100")).Single()));
    }

    async Task<int> PairEventsAsync(string tenantId)
    {
        await using var session = app.Store.QuerySession(tenantId);
        return await session.Events.QueryAllRawEvents().Where(e => e.TenantId == tenantId && e.EventTypeName == "transfer_pair_detected").CountAsync();
    }
}
