namespace Ledger.Integration.Tests.Import;

/// <summary>Every shared bank file imports with the right count, or is refused with the reason a person would give.</summary>
public class ImportFixtureTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    const string Checking = "1000", Card = "2100";

    [Theory]
    [InlineData("ofx/ofxparse_checking.ofx", Checking, 3)]
    [InlineData("ofx/ofxparse_anzcc.ofx", Card, 1, "AUD")]
    [InlineData("ofx/ofxparse_suncorp.ofx", Checking, 1, "AUD")]
    [InlineData("ofx/ofxparse_ofx-v102-empty-tags.ofx", Checking, 1)]
    [InlineData("ofx/ofxgo_wellsfargo.qfx", Checking, 1)]
    [InlineData("ofx/ofxgo_bmo_v102_no_header_newline.qfx", Card, 1, "CAD")]
    [InlineData("ofx/rubyofx_creditcard.ofx", Card, 3)]
    [InlineData("ofx/rubyofx_santander.ofx", Checking, 4, "BRL")]
    [InlineData("ofx/rubyofx_utf8.ofx", Checking, 36, "BRL")]
    [InlineData("ofx/ledgerautosync_accented_characters_latin1.ofx", Checking, 1)]
    [InlineData("ofx/ledgerautosync_apostrophe.ofx", Card, 1)]
    [InlineData("ofx/libofx_example-listing1.ofx", Checking, 2, "CAD")]
    [InlineData("ofx/actual_html-vals.qfx", Checking, 2, "CAD")]
    [InlineData("ofx/gnucash_cibc_visa.qfx", Card, 15, "CAD")]
    [InlineData("ofx/beancountimport_amex.ofx", Card, 3)]
    [InlineData("csv/bank2ynab_amex-uk_MS_JANE_SMITH.csv", Card, 10)]
    [InlineData("csv/bank2ynab_bunq-statement.csv", Checking, 7)]
    [InlineData("csv/bank2ynab_kbc-be-export.csv", Checking, 1, "EUR")]
    [InlineData("csv/bank2ynab_de-Umsaetze.csv", Checking, 1, "EUR")]
    [InlineData("csv/bank2ynab_de-creditcard-umsatz-latin1.csv", Card, 1, "EUR")]
    [InlineData("csv/bank2ynab_bank-of-ireland.csv", Checking, 27)]
    [InlineData("csv/bank2ynab_raiffeisen-at-noheader.csv", Checking, 73, "EUR")]
    [InlineData("csv/redsimporters_dcu-checking.csv", Checking, 10)]
    [InlineData("csv/beancountimport_schwab-checking.csv", Checking, 12)]
    [InlineData("csv/beancountimport_mint-export.csv", Checking, 7)]
    public async Task Fixture_imports_once_and_a_second_import_adds_nothing(string file, string account, int expected, string? booksCurrency = null)
    {
        // A statement in CAD, AUD, BRL or EUR goes into books kept in that currency (into USD books it is refused: below).
        var tenant = await app.OnboardAsync("Fixture " + Path.GetFileNameWithoutExtension(file), booksCurrency: booksCurrency);
        var client = app.Client(tenant.AdminToken);

        var first = await client.UploadFixtureAsync(file, account);
        var body = await first.Body();
        Assert.True(first.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal(expected, body.GetProperty("imported").GetInt32());
        Assert.Equal(0, body.GetProperty("duplicates").GetInt32());

        var again = await (await client.UploadFixtureAsync(file, account)).Body();
        Assert.Equal(0, again.GetProperty("imported").GetInt32());
        Assert.Equal(expected, again.GetProperty("duplicates").GetInt32());

        await app.CatchUpAsync();
        var listed = await (await client.GetAsync($"/api/bank-accounts/{account}/transactions?pageSize=1000")).Body();
        Assert.Equal(expected, listed.GetArrayLength());
    }

    [Theory]
    [InlineData("ofx/ofxparse_investment_401k.ofx", "investment statement")]
    [InlineData("ofx/ofxgo_401k_v203.ofx", "investment statement")]
    [InlineData("ofx/ofxparse_date_missing.ofx", "DTPOSTED")]
    [InlineData("ofx/rubyofx_cef_malformed_decimal.ofx", "TRNAMT")]
    [InlineData("ofx/ofxgo_moneymrkt1_v203.ofx", "more than 2 decimals")]
    [InlineData("ofx/rubyofx_nd-amex-sample.ofx", "choose one with ofxAccountId")]
    [InlineData("ofx/rubyofx_v211.ofx", "choose one with ofxAccountId")]
    [InlineData("ofx/gnucash_cibc_visa.qfx", "gnucash_cibc_visa.qfx line 26 CURDEF: the statement is in CAD; these books are kept in USD")]
    [InlineData("ofx/ofxparse_anzcc.ofx", "CURDEF: the statement is in AUD; these books are kept in USD")]
    [InlineData("ofx/rubyofx_santander.ofx", "CURDEF: the statement is in BRL; these books are kept in USD")]
    [InlineData("csv/bank2ynab_de-Umsaetze.csv", "the row is in EUR; these books are kept in USD. Import it into a tenant kept in EUR.")]
    public async Task Fixture_is_refused_with_a_reason_and_nothing_is_stored(string file, string reason)
    {
        var tenant = await app.OnboardAsync("Refused " + Path.GetFileNameWithoutExtension(file));
        var before = await app.EventCountAsync(tenant.TenantId);

        var response = await app.Client(tenant.AdminToken).UploadFixtureAsync(file, Checking);
        var body = await response.Body();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, body.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await app.EventCountAsync(tenant.TenantId));
    }

    [Fact]
    public async Task A_file_with_several_accounts_imports_the_chosen_one_and_keeps_identical_twin_charges()
    {
        var tenant = await app.OnboardAsync("Amex Twins");
        var client = app.Client(tenant.AdminToken);
        var refused = await (await client.UploadFixtureAsync("ofx/rubyofx_nd-amex-sample.ofx", Card)).Body();
        var accountIds = System.Text.RegularExpressions.Regex.Matches(
            File.ReadAllText(Fixtures.Path("ofx/rubyofx_nd-amex-sample.ofx")), "<ACCTID>([^<]+)").Select(m => m.Groups[1].Value.Trim()).Distinct().ToList();
        Assert.Contains("2 accounts", refused.GetProperty("detail").GetString());

        var total = 0;
        foreach (var id in accountIds)
            total += (await (await client.UploadFixtureAsync("ofx/rubyofx_nd-amex-sample.ofx", Card, id)).Body()).GetProperty("imported").GetInt32();
        Assert.Equal(15, total);

        await app.CatchUpAsync();
        var rows = await (await client.GetAsync($"/api/bank-accounts/{Card}/transactions?pageSize=1000")).Body();
        var delta = rows.EnumerateArray().Where(r => r.GetProperty("payee").GetString()!.Contains("DELTA AIR LINES")
                                                   && r.GetProperty("amount").GetDecimal() == -185.4m).ToList();
        Assert.True(delta.Count >= 2, "both same-day DELTA AIR LINES charges of -185.40 are kept");
    }
}
