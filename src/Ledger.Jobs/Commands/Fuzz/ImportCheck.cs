using System.Diagnostics;
using Ledger.Api.Import;
using Npgsql;

namespace Ledger.Jobs.Commands.Fuzz;

/// <summary>
/// An input through the whole import (spool, both passes, the write in one transaction) into a real database, judged as
/// the API answers it; a refused file must leave the tenant's events exactly as they were.
/// </summary>
public sealed class ImportCheck(StatementImporter importer, NpgsqlDataSource db, string tenantId, string bankAccount)
{
    public async Task<FuzzResult> RunAsync(MutatedStatement input, TimeSpan timeout)
    {
        var before = await EventsAsync();
        var sw = Stopwatch.StartNew();
        using var cts = new CancellationTokenSource();
        var import = Task.Run(() => importer.ImportAsync(new ImportRequest(tenantId, bankAccount, input.FileName, new MemoryStream(input.Bytes), "fuzz-imports"), cts.Token));
        if (await Task.WhenAny(import, Task.Delay(timeout)) != import)
        {
            await cts.CancelAsync();
            return new FuzzResult(input, FuzzOutcome.Hang, sw.Elapsed, $"no answer within {timeout.TotalSeconds:N0} s");
        }
        try
        {
            var r = await import;
            return new FuzzResult(input, FuzzOutcome.Imported, sw.Elapsed, $"{r.Imported} new, {r.Duplicates} duplicates");
        }
        catch (Exception e)
        {
            var (outcome, detail) = ReaderCheck.Judge(input.FileName, e);
            var after = await EventsAsync();
            if (outcome != FuzzOutcome.Crash && after != before)
                (outcome, detail) = (FuzzOutcome.Crash, $"refused, yet {after - before} events were stored: {detail}");
            return new FuzzResult(input, outcome, sw.Elapsed, detail);
        }
    }

    async Task<long> EventsAsync()
    {
        await using var cmd = db.CreateCommand("select count(*) from ledger.mt_events where tenant_id = $1");
        cmd.Parameters.AddWithValue(tenantId);
        return (long)(await cmd.ExecuteScalarAsync())!;
    }
}
