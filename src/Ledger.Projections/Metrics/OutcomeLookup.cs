using System.Text.Json;
using Ledger.Domain.Categorization;
using Ledger.Domain.Metrics;
using NodaTime;
using NodaTime.Text;
using Npgsql;

namespace Ledger.Projections.Metrics;

/// <summary>
/// Reads, from the event store itself, the outcome-relevant events of some transactions: their proposal and gate
/// decision and the reviewers' answers (TransactionLabelled, Source "review", appended by the reviewer acts to the
/// transaction's own stream; older data may hold them in the categorizer stream). Events never change, so "the history up to sequence s" reads the same during live projection and any
/// rebuild: that is what makes MetricsDaily rebuild to identical numbers.
/// </summary>
/// <param name="open">Opens a connection to a tenant's database (<see cref="TenantDatabases"/>).</param>
public sealed class OutcomeLookup(Func<string, CancellationToken, ValueTask<NpgsqlConnection>> open)
{
    public sealed record Row(long Seq, string Type, JsonElement Data);

    const string Sql = $"""
        select seq_id, type, data::text from {LedgerStore.Schema}.mt_events
        where tenant_id = @tenant and seq_id <= @max and (
          (stream_id = any(@ids) and (type in ('category_proposed', 'gate_evaluated', 'journal_entry_reversed')
                                      or (type = 'transaction_labelled' and data->>'Source' = 'review')))
          or (stream_id = @categorizer and type = 'transaction_labelled' and data->>'Source' = 'review' and data->>'TransactionId' = any(@ids)))
        order by seq_id
        """;

    public async Task<ILookup<string, Row>> LoadAsync(string tenant, IReadOnlyCollection<string> transactionIds, long maxSeq, CancellationToken ct)
    {
        var rows = new List<(string Tx, Row Row)>();
        await using var conn = await open(tenant, ct);
        await using var cmd = new NpgsqlCommand(Sql, conn);
        cmd.Parameters.AddWithValue("tenant", tenant);
        cmd.Parameters.AddWithValue("max", maxSeq);
        cmd.Parameters.AddWithValue("ids", transactionIds.ToArray());
        cmd.Parameters.AddWithValue("categorizer", CategorizerStreams.Id);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var data = JsonDocument.Parse(reader.GetString(2)).RootElement.Clone();
            rows.Add((data.GetProperty("TransactionId").GetString()!, new Row(reader.GetInt64(0), reader.GetString(1), data)));
        }
        return rows.ToLookup(r => r.Tx, r => r.Row);
    }

    /// <summary>The decision day and outcome history from the rows before <paramref name="beforeSeq"/>; null when never decided.</summary>
    public static (LocalDate Day, OutcomeHistory History)? Fold(IEnumerable<Row> rows, long beforeSeq)
    {
        LocalDate? day = null;
        OutcomeHistory h = new(0, null, null, null, null);
        foreach (var r in rows.Where(r => r.Seq < beforeSeq).OrderBy(r => r.Seq))
        {
            var at = InstantPattern.ExtendedIso.Parse(r.Data.GetProperty("At").GetString()!).Value;
            switch (r.Type)
            {
                case "category_proposed":
                    h = h with { P = r.Data.GetProperty("CalibratedP").GetDouble(), ProposedAccount = r.Data.GetProperty("AccountCode").GetString() };
                    break;
                case "gate_evaluated":
                    day = at.InUtc().Date;
                    if (r.Data.GetProperty("Decision").GetProperty("AutoPost").GetBoolean()) h = h with { AutoPostedAt = at };
                    break;
                case "journal_entry_reversed":
                    h = h with { ReversedAt = h.ReversedAt ?? at };   // the first reversal is the correction that counts
                    break;
                case "transaction_labelled":
                    h = h with { FinalAccount = r.Data.GetProperty("AccountCode").GetString() };
                    break;
            }
        }
        return day is { } d ? (d, h) : null;
    }
}
