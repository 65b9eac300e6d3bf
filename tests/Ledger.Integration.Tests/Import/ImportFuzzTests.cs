using System.Diagnostics;
using System.Text.Json;
using Ledger.Jobs.Commands.Fuzz;
using Microsoft.AspNetCore.Hosting;

namespace Ledger.Integration.Tests.Import;

/// <summary>The API host for fuzzing: imports only, so thousands of junk transactions are not decided as well.</summary>
public sealed class ImportOnlyApp : LedgerApp
{
    protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Ledger:Decisions:Enabled", "false");
}

/// <summary>
/// Issue #16, part 1, the CI run: seeded mutations of the shared third-party statements through the readers (both import
/// passes) and, every fifth, through POST /api/imports. Every input must end in an import or a 400 whose errors name file,
/// line and field; no 500, no hang, nothing stored from a refused file. The long run is the jobs command fuzz-imports.
/// </summary>
public class ImportFuzzTests(ImportOnlyApp app) : IClassFixture<ImportOnlyApp>
{
    const int Inputs = 2_000, HttpEvery = 5, Seed = 16;

    [Fact]
    public async Task Every_mutated_statement_is_imported_or_refused_naming_file_line_and_field()
    {
        var corpus = FuzzCorpus.Load(Fixtures.Path(""));
        var readers = new FuzzTally();
        for (var i = 0; i < Inputs; i++) readers.Add(ReaderCheck.Run(corpus.Input(i, Seed), TimeSpan.FromSeconds(10)));

        var t = await app.OnboardAsync("Fuzz Co");
        var client = app.Client(t.AdminToken);
        client.Timeout = TimeSpan.FromSeconds(30);
        var http = new FuzzTally();
        for (var i = 0; i < Inputs; i += HttpEvery) http.Add(await UploadAsync(client, t.TenantId, corpus.Input(i, Seed)));

        var report = new StringWriter();
        readers.Print(report, "readers");
        http.Print(report, "HTTP");
        Assert.True(readers.Findings.Count == 0 && http.Findings.Count == 0, report.ToString());
        Assert.True(http[FuzzOutcome.Imported] > 0 && http[FuzzOutcome.Refused] > 0, report.ToString());   // both ends were reached
    }

    /// <summary>Findings of the fuzzer kept under tests/: each answered 500 (or hung) before the fix.</summary>
    [Theory]
    [InlineData("nul-in-description.redsimporters_dcu-checking.csv", 3, "DESCRIPTION")]   // jsonb refused the NUL: 500
    [InlineData("nul-in-name.gnucash_cibc_visa.qfx", 1, "NAME", "CAD")]                 // the seed is a CAD statement: into CAD books
    [InlineData("year-9999.gnucash_cibc_visa.qfx", 1, "DTPOSTED", "CAD")]              // stored, then 500 from date arithmetic
    [InlineData("hang-lt-at-end.rubyofx_creditcard.ofx", 72, "OFX")]                    // no answer at all
    public async Task A_finding_is_refused_naming_line_and_field_and_nothing_is_stored(string name, int line, string field, string? booksCurrency = null)
    {
        var t = await app.OnboardAsync("Regression " + name[..12], booksCurrency: booksCurrency);
        var client = app.Client(t.AdminToken);
        var before = await app.EventCountAsync(t.TenantId);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Ledger.Api.Hosting.DatabaseLocation.RepositoryRoot(),
            "tests", "Ledger.Domain.Tests", "Statements", "fuzz-regressions", name));
        var response = await client.UploadAsync(name, bytes, "1000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Body()).GetProperty("errors")[0];
        Assert.Equal((name, line, field), (error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("field").GetString()));
        Assert.Equal(before, await app.EventCountAsync(t.TenantId));
    }

    [Fact]
    public async Task A_file_of_two_accounts_is_refused_at_the_second_accounts_first_transaction()
    {
        var t = await app.OnboardAsync("Two Accounts Co");
        var response = await app.Client(t.AdminToken).UploadFixtureAsync("ofx/rubyofx_v211.ofx", "1000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Body()).GetProperty("errors")[0];
        Assert.Equal("ACCTID", error.GetProperty("field").GetString());
        Assert.True(error.GetProperty("line").GetInt32() > 0);
    }

    async Task<FuzzResult> UploadAsync(HttpClient client, string tenantId, MutatedStatement input)
    {
        var before = await app.EventCountAsync(tenantId);
        var sw = Stopwatch.StartNew();
        HttpResponseMessage response;
        try
        {
            response = await client.UploadAsync(input.FileName, input.Bytes, "1000");
        }
        catch (TaskCanceledException)
        {
            return new FuzzResult(input, FuzzOutcome.Hang, sw.Elapsed, "no answer within 30 s");
        }
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.OK) return new FuzzResult(input, FuzzOutcome.Imported, sw.Elapsed, body);
        if (response.StatusCode != HttpStatusCode.BadRequest) return new FuzzResult(input, FuzzOutcome.Crash, sw.Elapsed, $"HTTP {(int)response.StatusCode}: {body}");
        if (await app.EventCountAsync(tenantId) != before) return new FuzzResult(input, FuzzOutcome.Crash, sw.Elapsed, "refused, yet events were stored: " + body);
        using var doc = JsonDocument.Parse(body);
        var named = doc.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0 && errors.EnumerateArray().All(e =>
            e.GetProperty("file").GetString() == input.FileName && e.GetProperty("line").GetInt32() > 0 && e.GetProperty("field").GetString() is { Length: > 0 });
        return new FuzzResult(input, named ? FuzzOutcome.Refused : FuzzOutcome.VagueRefusal, sw.Elapsed, body);
    }
}

/// <summary>One slow or stalled upload never blocks other imports, even into the same bank account.</summary>
public class StalledUploadTests(ImportOnlyApp app) : IClassFixture<ImportOnlyApp>
{
    const string Boundary = "stalled-boundary";

    [Fact]
    public async Task An_upload_that_stalls_mid_file_holds_nothing_and_another_import_into_the_same_account_goes_through()
    {
        var t = await app.OnboardAsync("Stalled Upload Co");
        var client = app.Client(t.AdminToken);
        var release = new TaskCompletionSource();
        var head = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"bankAccount\"\r\n\r\n1000\r\n" +
                   $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"slow.csv\"\r\nContent-Type: text/csv\r\n\r\n" +
                   "Date,Description,Amount\n2026-11-03,SLOW SHOP,-1.00\n";
        var tail = $"2026-11-04,SLOW SHOP,-2.00\n\r\n--{Boundary}--\r\n";
        var stalled = client.PostAsync("/api/imports", new StalledContent(head, tail, release.Task));
        await Task.Delay(500);   // the server is now reading a body that does not come

        var other = client.UploadTextAsync("quick.csv", "Date,Description,Amount\n2026-11-05,QUICK SHOP,-3.00\n", "1000");
        var first = await Task.WhenAny(other, stalled, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.Same(other, first);
        Assert.Equal(HttpStatusCode.OK, (await other).StatusCode);
        Assert.Equal(1, (await (await other).Body()).GetProperty("imported").GetInt32());
        Assert.False(stalled.IsCompleted);

        release.SetResult();   // the slow client finally sends the rest: its file is taken whole
        var late = await stalled;
        Assert.True(late.IsSuccessStatusCode, await late.Content.ReadAsStringAsync());
        Assert.Equal(2, (await late.Body()).GetProperty("imported").GetInt32());
    }

    sealed class StalledContent : HttpContent
    {
        readonly byte[] head, tail;
        readonly Task release;

        public StalledContent(string head, string tail, Task release)
        {
            (this.head, this.tail, this.release) = (System.Text.Encoding.UTF8.GetBytes(head), System.Text.Encoding.UTF8.GetBytes(tail), release);
            Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(head);
            await stream.FlushAsync();
            await release;
            await stream.WriteAsync(tail);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
