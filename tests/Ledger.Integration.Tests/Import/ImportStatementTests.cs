using System.Text;

namespace Ledger.Integration.Tests.Import;

public class ImportStatementTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    static string Csv(params string[] rows) => "Date,Description,Amount\n" + string.Join("\n", rows) + "\n";

    static string[] Rows(int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(i => $"2026-03-{i:00},STAPLES {i:000} SPRINGFIELD IL,-{i}.25").ToArray();

    [Fact]
    public async Task An_overlapping_statement_adds_only_the_new_days()
    {
        var t = await app.OnboardAsync("Overlap Co");
        var client = app.Client(t.AdminToken);

        var first = await (await client.UploadTextAsync("march-a.csv", Csv(Rows(1, 10)), "1000")).Body();
        var second = await (await client.UploadTextAsync("march-b.csv", Csv(Rows(6, 15)), "1000")).Body();

        Assert.Equal(10, first.GetProperty("imported").GetInt32());
        Assert.Equal(5, second.GetProperty("imported").GetInt32());
        Assert.Equal(5, second.GetProperty("duplicates").GetInt32());
        await app.CatchUpAsync();
        var listed = await (await client.GetAsync("/api/bank-accounts/1000/transactions?pageSize=100")).Body();
        Assert.Equal(15, listed.GetArrayLength());
    }

    [Fact]
    public async Task Two_identical_purchases_on_one_day_are_both_kept_and_never_doubled()
    {
        var t = await app.OnboardAsync("Twin Coffee");
        var client = app.Client(t.AdminToken);
        var file = Csv("2026-04-02,SQ *BLUE BOTTLE COFFEE SAN,-4.50", "2026-04-02,SQ *BLUE BOTTLE COFFEE SAN,-4.50", "2026-04-03,SQ *BLUE BOTTLE COFFEE SAN,-4.50");

        var first = await (await client.UploadTextAsync("twins.csv", file, "1000")).Body();
        var again = await (await client.UploadTextAsync("twins.csv", file, "1000")).Body();

        Assert.Equal(3, first.GetProperty("imported").GetInt32());
        Assert.Equal(0, again.GetProperty("imported").GetInt32());
        Assert.Equal(3, again.GetProperty("duplicates").GetInt32());
    }

    static string Ofx(string fitId, string date, string amount, string name) => $"""
        OFXHEADER:100
        DATA:OFXSGML
        VERSION:102

        <OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>1<ACCTID>998877<ACCTTYPE>CHECKING</BANKACCTFROM>
        <BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>{date}<TRNAMT>{amount}<FITID>{fitId}<NAME>{name}</STMTTRN></BANKTRANLIST>
        </STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
        """;

    [Fact]
    public async Task A_reused_fitid_with_a_different_amount_is_kept_not_dropped()
    {
        var t = await app.OnboardAsync("Reused Fitid");
        var client = app.Client(t.AdminToken);

        await client.UploadTextAsync("a.ofx", Ofx("A1", "20260510", "-10.00", "SHELL OIL 57442"), "1000");
        var same = await (await client.UploadTextAsync("a-again.ofx", Ofx("A1", "20260510", "-10.00", "SHELL OIL 57442"), "1000")).Body();
        var reused = await (await client.UploadTextAsync("b.ofx", Ofx("A1", "20260512", "-12.00", "SHELL OIL 57442"), "1000")).Body();
        var reusedAgain = await (await client.UploadTextAsync("b.ofx", Ofx("A1", "20260512", "-12.00", "SHELL OIL 57442"), "1000")).Body();

        Assert.Equal(1, same.GetProperty("duplicates").GetInt32());
        Assert.Equal(1, reused.GetProperty("imported").GetInt32());
        Assert.Equal(1, reused.GetProperty("fitIdReused").GetInt32());
        Assert.Equal(1, reusedAgain.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task One_bad_row_refuses_the_whole_file_naming_line_and_field()
    {
        var t = await app.OnboardAsync("Bad Row Ltd");
        var before = await app.EventCountAsync(t.TenantId);
        var file = Csv("2026-03-01,GUSTO PAYROLL,-2500.00", "2026-03-02,ADOBE,-52.99", "2026-03-03,SHELL,-4O.00", "2026-03-04,STAPLES,-9.99");

        var response = await app.Client(t.AdminToken).UploadTextAsync("bad.csv", file, "1000");
        var body = await response.Body();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("bad.csv", error.GetProperty("file").GetString());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Equal("Amount", error.GetProperty("field").GetString());
        Assert.Equal(before, await app.EventCountAsync(t.TenantId));
    }

    [Fact]
    public async Task Ambiguous_dates_are_refused_not_guessed_and_a_profile_decides_them()
    {
        var t = await app.OnboardAsync("Ambiguous Dates");
        var client = app.Client(t.AdminToken);
        var file = "Date,Description,Amount\n03/04/2026,RENT,-1500.00\n04/05/2026,RENT,-1500.00\n";

        var refused = await client.UploadTextAsync("rent.csv", file, "1000");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("ambiguous", (await refused.Body()).ToString(), StringComparison.OrdinalIgnoreCase);

        var profile = await client.PutAsJsonAsync("/api/bank-accounts/1000/csv-profile", new
        {
            name = "uk-bank", dateColumn = "Date", datePattern = "dd/MM/yyyy", descriptionColumns = new[] { "Description" }, amountColumn = "Amount",
        });
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        var ok = await client.UploadTextAsync("rent.csv", file, "1000");
        Assert.Equal(2, (await ok.Body()).GetProperty("imported").GetInt32());
        await app.CatchUpAsync();
        var rows = await (await client.GetAsync("/api/bank-accounts/1000/transactions")).Body();
        Assert.Contains(rows.EnumerateArray(), r => r.GetProperty("postedOn").GetString() == "2026-04-03");
    }

    [Fact]
    public async Task Only_bank_and_card_accounts_take_statements_and_auditors_cannot_import()
    {
        var t = await app.OnboardAsync("Wrong Account");
        var admin = app.Client(t.AdminToken);
        var toExpense = await admin.UploadTextAsync("x.csv", Csv(Rows(1, 2)), "6100");
        Assert.Equal(HttpStatusCode.BadRequest, toExpense.StatusCode);
        Assert.Contains("1000 Business Checking", (await toExpense.Body()).GetProperty("detail").GetString());

        var auditor = (await (await admin.PostAsJsonAsync("/api/tokens", new { role = "auditor", issuedTo = "ann" })).Body()).GetProperty("token").GetString()!;
        Assert.Equal(HttpStatusCode.Forbidden, (await app.Client(auditor).UploadTextAsync("x.csv", Csv(Rows(1, 2)), "1000")).StatusCode);
    }

    [Fact]
    public async Task Imports_are_isolated_per_tenant()
    {
        var a = await app.OnboardAsync("Iso A");
        var b = await app.OnboardAsync("Iso B");
        var file = Csv(Rows(1, 3));
        Assert.Equal(3, (await (await app.Client(a.AdminToken).UploadTextAsync("s.csv", file, "1000")).Body()).GetProperty("imported").GetInt32());
        // The same rows in another tenant are that tenant's own, new transactions.
        Assert.Equal(3, (await (await app.Client(b.AdminToken).UploadTextAsync("s.csv", file, "1000")).Body()).GetProperty("imported").GetInt32());
        await app.CatchUpAsync();

        var bImports = await (await app.Client(b.AdminToken).GetAsync("/api/imports")).Body();
        Assert.Single(bImports.EnumerateArray());
        var aNamingB = app.Client(a.AdminToken, actingTenant: b.TenantId);
        Assert.Equal(HttpStatusCode.Forbidden, (await aNamingB.GetAsync("/api/imports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await aNamingB.GetAsync("/api/bank-accounts/1000/transactions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await aNamingB.UploadTextAsync("s.csv", file, "1000")).StatusCode);
    }
}

public class ImportLimitTests(ImportLimitTests.SmallLimits app) : IClassFixture<ImportLimitTests.SmallLimits>
{
    public class SmallLimits : LedgerApp
    {
        protected override void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("Ledger:Import:MaxFileBytes", "4096");
            builder.UseSetting("Ledger:Import:MaxRows", "5");
        }
    }

    [Fact]
    public async Task Too_large_files_get_413_and_too_many_rows_400()
    {
        var t = await app.OnboardAsync("Limits Inc");
        var client = app.Client(t.AdminToken);
        var big = "Date,Description,Amount\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"2026-01-01,PADDING ROW {i},-1.00\n"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await client.UploadTextAsync("big.csv", big, "1000")).StatusCode);

        var many = "Date,Description,Amount\n" + string.Concat(Enumerable.Range(1, 6).Select(i => $"2026-01-0{i},ROW,-1.00\n"));
        var response = await client.UploadTextAsync("many.csv", many, "1000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("more than 5", (await response.Body()).GetProperty("detail").GetString());
        Assert.Equal(2, await app.EventCountAsync(t.TenantId));
    }
}
