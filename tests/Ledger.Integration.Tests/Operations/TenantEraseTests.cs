using System.IO.Compression;
using System.Text.Json;
using Ledger.Api.Operations;
using Ledger.Domain.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Ledger.Integration.Tests.Operations;

/// <summary>A tenant can take all its data away, and can be erased so that nothing of it remains but a tombstone.</summary>
public class TenantEraseTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task Export_then_erase_leaves_nothing_of_the_tenant_and_the_other_tenant_untouched()
    {
        var gone = await ReadModels.BuildHistoryAsync(app, "Erase Me Co");
        var (kept, _, _) = await app.TenantWithPostedEntriesAsync("Keep Me Co");
        var db = app.Host.Services.GetRequiredService<NpgsqlDataSource>();
        // The kit goes wherever the operator said, and the tenant's stream records where.
        var kit = await OnboardingKits.WriteAsync(app.Store, db, gone, Path.Combine(Path.GetTempPath(), $"kit-{Guid.NewGuid():N}"), "{}",
            "LEDGER_API_TOKEN=x\n", "test", app.Clock.GetCurrentInstant(), default);
        await using var conn = await db.OpenConnectionAsync();
        var keptBefore = await TenantTables.CountAsync(conn, kept.TenantId, default);
        var goneEvents = (await TenantTables.CountAsync(conn, gone, default))["mt_events"];

        var zip = Path.Combine(Path.GetTempPath(), $"{gone}-{Guid.NewGuid():N}.zip");
        var export = await JobsCli.RunAsync(app.ConnectionString, "tenant-export", "--tenant", gone, "--out", zip);
        Assert.True(export.ExitCode == 0, export.Output);
        using (var archive = ZipFile.OpenRead(zip))
        {
            var lines = ReadLines(archive, "events.jsonl");
            Assert.Equal(goneEvents, lines.Count);
            Assert.DoesNotContain(lines, l => l.Contains(kept.TenantId));
            Assert.Contains(lines, l => JsonDocument.Parse(l).RootElement.GetProperty("type").GetString() == "journal_entry_posted");
            Assert.NotEmpty(ReadLines(archive, "documents/transactionview.jsonl"));
            Assert.Single(archive.Entries, e => e.FullName.StartsWith("qbo-exports/") && e.FullName.EndsWith(".csv"));
            Assert.NotNull(archive.GetEntry("README.txt"));
        }
        File.Delete(zip);

        var dry = await JobsCli.RunAsync(app.ConnectionString, "tenant-delete", "--tenant", gone);
        Assert.True(dry.ExitCode == 0 && dry.Output.Contains("Would delete"), dry.Output);
        Assert.Equal(goneEvents, (await TenantTables.CountAsync(conn, gone, default))["mt_events"]);

        var erase = await JobsCli.RunAsync(app.ConnectionString, "tenant-delete", "--tenant", gone, "--confirm", "--by", "ops-test");
        Assert.True(erase.ExitCode == 0, erase.Output);

        Assert.All(await TenantTables.CountAsync(conn, gone, default), c => Assert.True(c.Value == 0, $"{c.Key} still has {c.Value} rows"));
        Assert.Empty(await TablesMentioningAsync(conn, gone));
        Assert.Equal(keptBefore, await TenantTables.CountAsync(conn, kept.TenantId, default));
        Assert.False(Directory.Exists(kit));
        await using var tomb = new NpgsqlCommand("select count(*) from ledger.mt_events where tenant_id = '_operators' and type = 'tenant_erased' " +
            "and data ->> 'TenantIdSha256' = @h and data ->> 'ErasedBy' = 'ops-test'", conn);
        tomb.Parameters.AddWithValue("h", TenantErased.Hash(gone));
        Assert.Equal(1L, await tomb.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Erasing_from_a_restored_copy_leaves_the_live_kit_and_erasing_live_deletes_it_where_it_was_written()
    {
        var kit = Path.Combine(Path.GetTempPath(), $"kit-{Guid.NewGuid():N}");
        var onboard = await JobsCli.RunAsync(app.ConnectionString, "onboard", "--tenant", "Kit Keeper Co", "--out", kit);
        Assert.True(onboard.ExitCode == 0, onboard.Output);
        var tenant = System.Text.RegularExpressions.Regex.Match(onboard.Output, @"as (kit-keeper-co-[0-9a-f]{6})").Groups[1].Value;
        var dump = Path.Combine(Path.GetTempPath(), $"kit-{Guid.NewGuid():N}.dump");
        var copy = $"kit_copy_{Guid.NewGuid():N}"[..20];
        Assert.Equal(0, (await JobsCli.RunAsync(app.ConnectionString, "backup", "--out", dump)).ExitCode);
        var restore = await JobsCli.RunAsync(app.ConnectionString, "restore", "--file", dump, "--into", copy);
        Assert.True(restore.ExitCode == 0, restore.Output);
        File.Delete(dump);

        // A scratch copy names the same folder, but it was written for the live database: the copy leaves it alone.
        var scratch = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = copy }.ConnectionString;
        var inCopy = await JobsCli.RunAsync(scratch, "tenant-delete", "--tenant", tenant, "--confirm", "--by", "ops-test");
        Assert.True(inCopy.ExitCode == 0, inCopy.Output);
        Assert.True(inCopy.Output.Contains($"{kit}: left alone: recorded for database"), inCopy.Output);
        Assert.True(File.Exists(Path.Combine(kit, "tenant.env")));

        var dry = await JobsCli.RunAsync(app.ConnectionString, "tenant-delete", "--tenant", tenant);
        Assert.Contains($"{kit}: tenant.json, tenant.env", dry.Output);
        var live = await JobsCli.RunAsync(app.ConnectionString, "tenant-delete", "--tenant", tenant, "--confirm", "--by", "ops-test");
        Assert.True(live.ExitCode == 0, live.Output);
        Assert.Contains($"{kit}: tenant.json, tenant.env deleted", live.Output);
        Assert.False(Directory.Exists(kit));
    }

    static List<string> ReadLines(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    /// <summary>Every table of the schema, whole rows as text (jsonb included) and every bytea column (Wolverine bodies).</summary>
    static async Task<List<string>> TablesMentioningAsync(NpgsqlConnection conn, string text)
    {
        var columns = new List<(string Table, string? Bytea)>();
        await using (var cmd = new NpgsqlCommand("select t.table_name, c.column_name from information_schema.tables t left join information_schema.columns c " +
            "on c.table_schema = t.table_schema and c.table_name = t.table_name and c.data_type = 'bytea' where t.table_schema = 'ledger' and t.table_type = 'BASE TABLE'", conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        var found = new List<string>();
        foreach (var (table, bytea) in columns)
        {
            var where = bytea is null ? "position(@t in x::text) > 0" : $"position(@t in x::text) > 0 or position(convert_to(@t, 'UTF8') in x.{bytea}) > 0";
            await using var cmd = new NpgsqlCommand($"select count(*) from ledger.{table} x where {where}", conn);
            cmd.Parameters.AddWithValue("t", text);
            if ((long)(await cmd.ExecuteScalarAsync())! > 0) found.Add(table);
        }
        return found;
    }
}
