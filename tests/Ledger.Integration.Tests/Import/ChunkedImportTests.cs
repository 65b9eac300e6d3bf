using Ledger.Domain.Decisions;
using System.Text;
using Ledger.Domain.Statements;
using Ledger.Projections.Imports;
using Ledger.Projections.Transactions;
using Marten;
using Npgsql;

namespace Ledger.Integration.Tests.Import;

/// <summary>
/// Issue #3: an import reads the file twice and writes it in chunks (here 7 lines) inside one transaction. A file of many
/// chunks must land exactly as if it were planned whole, and a failure in any chunk must leave nothing of the file behind.
/// </summary>
public class ChunkedImportTests(ChunkedImportTests.SmallChunks app) : IClassFixture<ChunkedImportTests.SmallChunks>
{
    const int Chunk = 7;

    public class SmallChunks : LedgerApp
    {
        protected override void Configure(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
            builder.UseSetting("Ledger:Import:ChunkRows", Chunk.ToString());
    }

    /// <summary>
    /// 40 OFX transactions: line 31 repeats line 3 (same FITID, same content: a duplicate within the file) and line 34 reuses
    /// line 6's FITID for another amount; both lie chunks away from the line they repeat.
    /// </summary>
    static string OfxFile()
    {
        var sb = new StringBuilder("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD<BANKACCTFROM><ACCTID>55501234</BANKACCTFROM><BANKTRANLIST>\n");
        for (var i = 1; i <= 40; i++)
        {
            var (fitId, day, amount, name) = i switch
            {
                31 => ("F3", 4, "-13.25", "VENDOR 3"),
                34 => ("F6", 9, "-99.00", "VENDOR 6"),
                _ => ($"F{i}", 1 + i % 28, $"-{10 + i}.25", $"VENDOR {i}"),
            };
            sb.Append($"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>202603{day:00}<TRNAMT>{amount}<FITID>{fitId}<NAME>{name}</STMTTRN>\n");
        }
        sb.Append("</BANKTRANLIST><LEDGERBAL><BALAMT>-100.00<DTASOF>20260331</LEDGERBAL></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n");
        return sb.ToString();
    }

    /// <summary>50 CSV rows without ids; rows 4, 11 and 45 are the same coffee on the same day (three purchases, three chunks).</summary>
    static string CsvFile(Func<int, string?>? replace = null)
    {
        var sb = new StringBuilder("Date,Description,Amount\n");
        for (var i = 1; i <= 50; i++)
            sb.Append(replace?.Invoke(i) ?? (i is 4 or 11 or 45 ? "2026-03-05,SQ *BLUE BOTTLE COFFEE,-4.50" : $"2026-03-{1 + i % 28:00},STAPLES {i:000},-{i}.10")).Append('\n');
        return sb.ToString();
    }

    /// <summary>What planning the whole file in memory (the importer before #3) decides for a first import into an empty account.</summary>
    static (int New, int Duplicates, int Reused, string[] Ids) PlannedWhole(string fileName, string content, string account)
    {
        var reader = StatementReaders.Open(fileName, new MemoryStream(Encoding.UTF8.GetBytes(content)));
        var plan = ImportPlanner.Plan(ImportPlanner.Candidates(account, reader.ReadLines().ToList()), new Dictionary<string, string>());
        var fresh = plan.Where(p => p.Outcome == LineOutcome.New).ToList();
        return (fresh.Count, plan.Count - fresh.Count, fresh.Count(p => p.FitIdReused), fresh.Select(p => p.TransactionId).Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("chunks.ofx", "1000")]
    [InlineData("chunks.csv", "2100")]
    public async Task A_file_of_many_chunks_lands_as_if_planned_whole_and_imports_again_as_duplicates(string file, string account)
    {
        var t = await app.OnboardAsync("Chunked " + file);
        var client = app.Client(t.AdminToken);
        var content = file.EndsWith(".ofx") ? OfxFile() : CsvFile();
        var whole = PlannedWhole(file, content, account);

        var first = await client.UploadTextAsync(file, content, account);
        var body = await first.Body();
        var again = await (await client.UploadTextAsync(file, content, account)).Body();

        Assert.True(first.StatusCode == HttpStatusCode.OK, body.ToString());
        Assert.Equal(whole.New, body.GetProperty("imported").GetInt32());
        Assert.Equal(whole.Duplicates, body.GetProperty("duplicates").GetInt32());
        Assert.Equal(whole.Reused, body.GetProperty("fitIdReused").GetInt32());
        Assert.Equal(file.EndsWith(".ofx") ? (39, 1, 1) : (50, 0, 0), (whole.New, whole.Duplicates, whole.Reused));
        Assert.Equal(whole.Ids, await StreamIdsAsync(t.TenantId, account));
        Assert.Equal(0, again.GetProperty("imported").GetInt32());
        Assert.Equal(whole.New + whole.Duplicates, again.GetProperty("duplicates").GetInt32());

        // The async daemon and the decision subscription see every written event exactly once.
        await app.WaitForDecisionsAsync(t.TenantId, whole.New);
        await using var session = app.Store.QuerySession(t.TenantId);
        Assert.Equal(whole.New, await session.Query<TransactionView>().Where(v => v.BankAccountCode == account).CountAsync());
        Assert.Equal(whole.New, await session.Events.QueryRawEventDataOnly<GateEvaluated>().CountAsync());
        Assert.Equal(whole.New, await CountAsync("select count(*) from ledger.mt_events where tenant_id = @t and type = 'category_proposed'", t.TenantId));
        var imports = await session.Query<StatementImportView>().ToListAsync();
        Assert.Equal(2, imports.Count);
    }

    [Fact]
    public async Task A_bad_row_in_the_last_chunk_refuses_the_whole_file()
    {
        var t = await app.OnboardAsync("Late Bad Row");
        var before = await app.EventCountAsync(t.TenantId);

        var response = await app.Client(t.AdminToken).UploadTextAsync("late.csv", CsvFile(i => i == 50 ? "2026-03-30,SHELL OIL,-4O.00" : null), "1000");
        var body = await response.Body();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(51, error.GetProperty("line").GetInt32());
        Assert.Equal("Amount", error.GetProperty("field").GetString());
        Assert.Equal(before, await app.EventCountAsync(t.TenantId));
        Assert.Equal(0, await CountAsync("select count(*) from ledger.mt_streams where tenant_id = @t and id like 'tx-%'", t.TenantId));
    }

    /// <summary>
    /// A fault in the database while the 7th chunk is written (a trigger refuses row 45), after six chunks went in: the
    /// transaction rolls back and not one stream of the file remains; the same file imports whole once the fault is gone.
    /// </summary>
    [Fact]
    public async Task A_failure_while_writing_a_later_chunk_leaves_nothing_stored()
    {
        var t = await app.OnboardAsync("Late Fault");
        var client = app.Client(t.AdminToken);
        var content = CsvFile(i => i == 45 ? "2026-03-29,FAULT ROW,-45.10" : null);
        var before = await app.EventCountAsync(t.TenantId);
        var name = "fault_" + Guid.NewGuid().ToString("N")[..12];
        // A sequence is not transactional: it keeps, past the rollback, how many rows of the file were written when the fault hit.
        await ExecuteAsync($"""
            create sequence ledger.{name}_seen minvalue 0 start 0;
            create function ledger.{name}() returns trigger language plpgsql as $$
            begin
              perform setval('ledger.{name}_seen', (select count(*) from ledger.mt_events where tenant_id = new.tenant_id and type = 'transaction_imported'));
              raise exception 'injected fault at %', new.stream_id;
            end $$;
            create trigger {name} before insert on ledger.mt_events for each row
              when (new.tenant_id = '{t.TenantId}' and new.data ->> 'Payee' = 'FAULT ROW') execute function ledger.{name}();
            """);
        HttpResponseMessage failed;
        long writtenBeforeFault;
        try
        {
            failed = await client.UploadTextAsync("fault.csv", content, "1000");
            writtenBeforeFault = await CountAsync($"select last_value from ledger.{name}_seen", t.TenantId);
        }
        finally
        {
            await ExecuteAsync($"drop trigger {name} on ledger.mt_events; drop function ledger.{name}(); drop sequence ledger.{name}_seen;");
        }

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(44, writtenBeforeFault);   // six chunks of 7 and two rows of the 7th
        Assert.Equal(before, await app.EventCountAsync(t.TenantId));
        Assert.Equal(0, await CountAsync("select count(*) from ledger.mt_streams where tenant_id = @t and id like 'tx-%'", t.TenantId));

        var retried = await (await client.UploadTextAsync("fault.csv", content, "1000")).Body();
        Assert.Equal(50, retried.GetProperty("imported").GetInt32());
        Assert.Equal(0, retried.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task Overlapping_files_imported_at_the_same_moment_store_each_transaction_once()
    {
        var t = await app.OnboardAsync("Overlap Race");
        var client = app.Client(t.AdminToken);
        static string Rows(int from, int to) => "Date,Description,Amount\n" +
            string.Concat(Enumerable.Range(from, to - from + 1).Select(i => $"2026-05-{1 + i % 28:00},OFFICE DEPOT {i:000},-{i}.40\n"));

        var results = await Task.WhenAll(
            client.UploadTextAsync("a.csv", Rows(1, 60), "1000"),
            client.UploadTextAsync("b.csv", Rows(31, 90), "1000"));
        var bodies = await Task.WhenAll(results.Select(r => r.Body()));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(90, bodies.Sum(b => b.GetProperty("imported").GetInt32()));
        Assert.Equal(30, bodies.Sum(b => b.GetProperty("duplicates").GetInt32()));
        Assert.Equal(90, await CountAsync("select count(*) from ledger.mt_events where tenant_id = @t and type = 'transaction_imported'", t.TenantId));
    }

    async Task<string[]> StreamIdsAsync(string tenantId, string account)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("select id from ledger.mt_streams where tenant_id = @t and id like @prefix order by id collate \"C\"", conn);
        cmd.Parameters.AddWithValue("t", tenantId);
        cmd.Parameters.AddWithValue("prefix", $"tx-{account}-%");
        var ids = new List<string>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync()) ids.Add(r.GetString(0));
        return [.. ids];
    }

    async Task<long> CountAsync(string sql, string tenantId)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue("t", tenantId);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync());
    }

    async Task ExecuteAsync(string sql)
    {
        await using var conn = new NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
