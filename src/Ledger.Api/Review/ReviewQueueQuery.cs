using Ledger.Projections;
using Ledger.Projections.Review;
using Marten;
using Npgsql;

namespace Ledger.Api.Review;

/// <summary>
/// The queue's SQL over the item's duplicated columns and tenant-led indexes (<see cref="LedgerStore"/>): counts by reason
/// and totals from one grouped scan of the (tenant, reason_key) index, a page as the ids the sort's index yields, then only
/// those documents. At 100,000 queued items nothing is loaded but the page.
/// </summary>
public sealed class ReviewQueueQuery
{
    const string Table = LedgerStore.Schema + ".mt_doc_reviewqueueitem";
    readonly List<string> clauses = ["tenant_id = @tenant"];
    readonly List<NpgsqlParameter> parameters;

    public ReviewQueueQuery(string tenantId) => parameters = [new("tenant", tenantId)];

    /// <summary>Adds a condition; <c>@v</c> in it stands for <paramref name="value"/>.</summary>
    public ReviewQueueQuery Where(string condition, object value)
    {
        var name = "p" + parameters.Count;
        clauses.Add(condition.Replace("@v", "@" + name));
        parameters.Add(new NpgsqlParameter(name, value));
        return this;
    }

    /// <summary>How many filtered items carry each reason, and how many the page's query matches (those with <paramref name="reason"/> when given).</summary>
    public async Task<(SortedDictionary<string, int> ByReason, int Total)> CountAsync(IQuerySession session, string? reason, CancellationToken ct)
    {
        var byReason = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var total = 0;
        var groups = await GroupsAsync(session, $"select reason_key, count(*) from {Table} where {Condition} group by reason_key", ct);
        // Items written before reason_key existed have none until `rebuild`: counted from their reasons array instead.
        if (groups.RemoveAll(g => g.Key is null) > 0)
            groups.AddRange(await GroupsAsync(session, $"select array_to_string(reasons, '|'), count(*) from {Table} where {Condition} and reason_key is null group by 1", ct));
        foreach (var (key, count) in groups)
        {
            var reasons = key!.Split('|', StringSplitOptions.RemoveEmptyEntries);
            foreach (var r in reasons.Distinct()) byReason[r] = byReason.GetValueOrDefault(r) + count;
            if (reason is null || reasons.Contains(reason)) total += count;
        }
        return (byReason, total);
    }

    async Task<List<(string? Key, int Count)>> GroupsAsync(IQuerySession session, string sql, CancellationToken ct)
    {
        await using var cmd = Command(sql);
        var groups = new List<(string? Key, int Count)>();
        await using var reader = await session.ExecuteReaderAsync(cmd, ct);
        while (await reader.ReadAsync(ct)) groups.Add((reader.IsDBNull(0) ? null : reader.GetString(0), (int)reader.GetInt64(1)));
        return groups;
    }

    /// <summary>The page's items in sort order; the id breaks ties in the sort's direction, as the sort's index holds them.</summary>
    public async Task<IReadOnlyList<ReviewQueueItem>> PageAsync(IQuerySession session, string? reason, string column, bool descending, int skip, int take, CancellationToken ct)
    {
        var dir = descending ? "desc" : "asc";
        var condition = reason is null ? Condition : Condition + " and @reason = any(reasons)";
        await using var cmd = Command($"select id from {Table} where {condition} order by {column} {dir}, id {dir} limit @take offset @skip");
        cmd.Parameters.Add(new NpgsqlParameter("take", take));
        cmd.Parameters.Add(new NpgsqlParameter("skip", skip));
        if (reason is not null) cmd.Parameters.Add(new NpgsqlParameter("reason", reason));
        var ids = new List<string>(take);
        await using (var reader = await session.ExecuteReaderAsync(cmd, ct))
            while (await reader.ReadAsync(ct)) ids.Add(reader.GetString(0));
        var items = (await session.LoadManyAsync<ReviewQueueItem>(ct, ids)).ToDictionary(i => i.Id);
        return ids.Where(items.ContainsKey).Select(id => items[id]).ToList();   // an item answered meanwhile is left out
    }

    string Condition => string.Join(" and ", clauses);

    NpgsqlCommand Command(string sql)
    {
        var cmd = new NpgsqlCommand(sql);
        foreach (var p in parameters) cmd.Parameters.Add(p.Clone());
        return cmd;
    }
}
