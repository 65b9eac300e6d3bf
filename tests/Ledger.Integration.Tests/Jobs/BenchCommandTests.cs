using System.Text.Json;
using Npgsql;

namespace Ledger.Integration.Tests.Jobs;

/// <summary>
/// The one benchmark command at its smallest size, as a smoke run: every macro figure is measured, written to results.json beside
/// its limit, and charted; the scratch database is gone afterwards. No timing is asserted (the command prints the figures).
/// </summary>
public class BenchCommandTests
{
    [Fact]
    public async Task Bench_writes_every_macro_figure_beside_its_limit_and_a_chart_and_drops_its_scratch_database()
    {
        var db = await TestCluster.CreateDatabaseAsync("bench");
        var output = Path.Combine(Path.GetTempPath(), $"ledger-bench-{Guid.NewGuid():N}");
        try
        {
            var (code, text) = await JobsCli.RunAsync(db, TimeSpan.FromMinutes(5), "bench", "--size", "tiny", "--out", output);
            Assert.True(code == 0, text);

            using var results = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "results.json")));
            var figures = results.RootElement.GetProperty("figures").EnumerateArray().ToDictionary(f => f.GetProperty("measure").GetString()!);
            Assert.Equal(["decisions", "import CSV", "import OFX", "projection rebuild", "read models current after the last decision"], figures.Keys.Order());
            foreach (var (measure, f) in figures)
            {
                var value = f.GetProperty("value").GetDouble();
                Assert.True(measure.StartsWith("read models", StringComparison.Ordinal) ? value >= 0 : value > 0, $"{measure}: {value}");
                Assert.True(f.GetProperty("goal").GetDouble() > 0, measure);
                if (f.GetProperty("limitName").ValueKind == JsonValueKind.Null) continue;
                Assert.True(f.GetProperty("limit").GetDouble() > 0, $"{measure}: limit {f.GetProperty("limit")}");
                Assert.True(f.GetProperty("ratioToLimit").GetDouble() > 0, measure);
            }
            Assert.Equal(4, figures.Values.Count(f => f.GetProperty("limitName").ValueKind == JsonValueKind.String));
            Assert.Contains("projection rebuild", text);   // the summary table is printed too

            var png = await File.ReadAllBytesAsync(Path.Combine(output, "bench.png"));
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);

            await using var conn = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(db) { Database = "postgres" }.ConnectionString);
            await conn.OpenAsync();
            await using var scratch = new NpgsqlCommand("select count(*) from pg_database where datname like 'ledger_bench_%'", conn);
            Assert.Equal(0L, (long)(await scratch.ExecuteScalarAsync())!);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
