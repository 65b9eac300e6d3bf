using Ledger.Domain.Statements;
using Ledger.Projections.Tenants;
using Marten;
using Npgsql;

namespace Ledger.Integration.Tests.Import;

/// <summary>
/// Books are kept in one currency, chosen at onboarding: a statement in another one is refused whole (never booked as if it were
/// the books' money), a statement in the books' currency imports, and the QBO export says the books' currency.
/// </summary>
public class BooksCurrencyTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    const string Card = "2100";
    const string Cibc = "ofx/gnucash_cibc_visa.qfx";   // CIBC Visa, <CURDEF>CAD on line 26, 15 transactions

    [Fact]
    public async Task A_cad_statement_into_usd_books_is_refused_naming_file_line_and_field_and_nothing_is_written()
    {
        var t = await app.OnboardAsync("Usd Books Co");
        Assert.Equal("USD", t.Limits.BooksCurrency);
        var admin = app.Client(t.AdminToken);
        var before = await app.EventCountAsync(t.TenantId);

        var response = await admin.UploadFixtureAsync(Cibc, Card);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Body()).GetProperty("errors").EnumerateArray());
        Assert.Equal(("gnucash_cibc_visa.qfx", 26, "CURDEF"), (error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString()));
        Assert.Equal("gnucash_cibc_visa.qfx line 26 CURDEF: the statement is in CAD; these books are kept in USD. Import it into a tenant kept in CAD.",
            error.GetProperty("message").GetString());
        Assert.Equal(before, await app.EventCountAsync(t.TenantId));
        await using var session = app.Store.QuerySession(t.TenantId);
        Assert.Equal(0, await session.Events.QueryRawEventDataOnly<StatementImported>().CountAsync());
        Assert.Equal(0, await session.Events.QueryRawEventDataOnly<TransactionImported>().CountAsync());
    }

    [Fact]
    public async Task The_same_statement_into_cad_books_imports_and_its_qbo_export_says_cad()
    {
        var t = await app.OnboardAsync("Maple Books Co", booksCurrency: "cad");
        var admin = app.Client(t.AdminToken);
        var tenant = await (await admin.GetAsync("/api/tenant")).Body();
        Assert.Equal("CAD", tenant.GetProperty("limits").GetProperty("booksCurrency").GetString());

        var imported = await admin.UploadFixtureAsync(Cibc, Card);
        Assert.True(imported.StatusCode == HttpStatusCode.OK, await imported.Content.ReadAsStringAsync());
        Assert.Equal(15, (await imported.Body()).GetProperty("imported").GetInt32());
        // A USD statement is refused by CAD books just the same.
        var usd = await admin.UploadTextAsync("usd.csv", "Date,Description,Amount,Currency\n2026-11-03,COFFEE,-12.50,USD\n", "1000");
        Assert.Equal(HttpStatusCode.BadRequest, usd.StatusCode);
        Assert.Contains("usd.csv line 2 Currency: the row is in USD; these books are kept in CAD.", (await usd.Body()).GetProperty("detail").GetString());

        // The opening entry from the statement's balance is a journal entry: exported in the books' currency.
        var opening = await admin.PostAsJsonAsync($"/api/accounts/{Card}/opening-balance", new { });
        Assert.True(opening.IsSuccessStatusCode, await opening.Content.ReadAsStringAsync());
        var export = await admin.PostAsync("/api/export/qbo", null);
        Assert.True(export.StatusCode == HttpStatusCode.OK, await export.Content.ReadAsStringAsync());
        var csv = await admin.GetStringAsync((await export.Body()).GetProperty("file").GetString());
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Equal("CAD", r.Split(',')[2]));

        // A policy change leaves the currency alone.
        var changed = await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/policy", new { autopostThreshold = 0.95m, reason = "test" });
        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync());
        Assert.Equal("CAD", (await (await admin.GetAsync("/api/tenant")).Body()).GetProperty("limits").GetProperty("booksCurrency").GetString());
    }

    [Fact]
    public async Task A_tenant_onboarded_before_books_had_a_currency_reads_usd_and_refuses_a_cad_statement()
    {
        var t = await app.OnboardAsync("Old Books Co");
        // Exactly what onboarding recorded before the currency existed: TenantOnboarded's limits, and the tenant document, without it.
        await using (var conn = new NpgsqlConnection(app.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("""
                update ledger.mt_events set data = data #- '{Limits,BooksCurrency}' #- '{limits,booksCurrency}' where stream_id = @t and type = 'tenant_onboarded';
                update ledger.mt_doc_tenant set data = data #- '{Limits,BooksCurrency}' #- '{limits,booksCurrency}' where id = @t;
                """, conn);
            cmd.Parameters.AddWithValue("t", t.TenantId);
            await cmd.ExecuteNonQueryAsync();
            await using var check = new NpgsqlCommand("select count(*) from ledger.mt_events where stream_id = @t and data::text like '%ooksCurrency%'", conn);
            check.Parameters.AddWithValue("t", t.TenantId);
            Assert.Equal(0L, (long)(await check.ExecuteScalarAsync())!);
        }

        await using (var session = app.Store.QuerySession(t.TenantId))
            Assert.Equal("USD", (await session.Events.AggregateStreamAsync<Tenant>(t.TenantId))!.Limits.BooksCurrency);
        var admin = app.Client(t.AdminToken);
        Assert.Equal("USD", (await (await admin.GetAsync("/api/tenant")).Body()).GetProperty("limits").GetProperty("booksCurrency").GetString());
        var refused = await admin.UploadFixtureAsync(Cibc, Card);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("these books are kept in USD", (await refused.Body()).GetProperty("detail").GetString());
    }
}
