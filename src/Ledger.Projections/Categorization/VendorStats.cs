using JasperFx.Events;
using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Rules;
using Marten;
using Marten.Events.Projections;
using NodaTime;

namespace Ledger.Projections.Categorization;

/// <summary>
/// Labels per normalised vendor: the cold-start gate, rule promotion and the cascade's history step read it. The same shape
/// as <see cref="VendorLabelMemory"/> (what replays keep), so a replay asks the cascade what production asks it.
/// </summary>
public sealed class VendorStats
{
    public const int RecentKept = VendorLabelMemory.Kept;
    public string Id { get; set; } = "";
    public Dictionary<string, int> LabelsByAccount { get; set; } = [];
    public List<string> RecentLabels { get; set; } = [];

    /// <summary>The last labels with their amounts (the history step conditions on them). Empty in documents written before
    /// they were kept, until a rebuild; the cascade then decides on the tally as before.</summary>
    public List<VendorLabel> Labels { get; set; } = [];
    public int TotalLabels { get; set; }
    public Instant LastLabelledAt { get; set; }

    public VendorLabelStats ToStats() => new(Id, LabelsByAccount, RecentLabels) { Labels = Labels.Count == 0 ? null : Labels };

    /// <summary>What one label does to the stats (the projection's SQL does exactly this, in the database).</summary>
    public void Add(TransactionLabelled e)
    {
        LabelsByAccount[e.AccountCode] = LabelsByAccount.GetValueOrDefault(e.AccountCode) + 1;
        VendorLabelMemory.Keep(RecentLabels, e.AccountCode);
        VendorLabelMemory.Keep(Labels, new VendorLabel(e.AccountCode, e.Amount));
        TotalLabels++;
        LastLabelledAt = e.At;
    }
}

/// <summary>
/// Inline, and safe under concurrent writers: each label is one atomic upsert of its vendor's row. Two reviewers labelling
/// one vendor at once used to lose a label (an inline multi-stream aggregate reads the document, adds, and writes it back;
/// under READ COMMITTED the later write overwrote the earlier one). <c>insert ... on conflict do update</c> waits for the
/// other transaction's row and applies the label to what it committed, so nothing is lost and nobody's act fails.
/// </summary>
public partial class VendorStatsProjection : EventProjection
{
    public VendorStatsProjection()
    {
        RegisterPublishedType(typeof(VendorStats));
        Options.DeleteViewTypeOnTeardown<VendorStats>();
    }

    public void Project(IEvent<TransactionLabelled> e, IDocumentOperations ops)
    {
        var options = (StoreOptions)ops.DocumentStore.Options;
        var json = options.Serializer();
        ops.QueueSqlCommand(Upsert(options.DatabaseSchemaName), e.TenantId, e.Data.VendorKey, e.Data.AccountCode, json.ToJson(e.Data.At),
            json.ToJson(new VendorLabel(e.Data.AccountCode, e.Data.Amount)), typeof(VendorStats).FullName!);
    }

    // The new row is the stats of one label; an existing row gets that label added (counts, the last RecentKept accounts and
    // labels in order, total, time), reading the row as the other writer committed it.
    static string Upsert(string schema) => $$"""
        insert into {{schema}}.mt_doc_vendorstats as d (tenant_id, id, data, mt_last_modified, mt_dotnet_type, mt_version)
        select l.tenant, l.vendor,
               jsonb_build_object('Id', l.vendor, 'LabelsByAccount', jsonb_build_object(l.account, 1), 'RecentLabels', jsonb_build_array(l.account),
                                  'Labels', jsonb_build_array(l.label), 'TotalLabels', 1, 'LastLabelledAt', l.at),
               transaction_timestamp(), l.type, 1
        from (select ?::varchar as tenant, ?::varchar as vendor, ?::varchar as account, ?::jsonb as at, ?::jsonb as label, ?::varchar as type) l
        on conflict (tenant_id, id) do update set
          data = d.data || jsonb_build_object(
            'LabelsByAccount', coalesce(d.data -> 'LabelsByAccount', '{}'::jsonb)
                               || jsonb_build_object(excluded.data #>> '{RecentLabels,0}',
                                                     coalesce((d.data -> 'LabelsByAccount' ->> (excluded.data #>> '{RecentLabels,0}'))::int, 0) + 1),
            'RecentLabels', (select coalesce(jsonb_agg(r.label order by r.n), '[]'::jsonb)
                             from (select label, n from jsonb_array_elements(coalesce(d.data -> 'RecentLabels', '[]'::jsonb) || (excluded.data -> 'RecentLabels'))
                                                        with ordinality as a(label, n)
                                   order by n desc limit {{VendorStats.RecentKept}}) r),
            'Labels', (select coalesce(jsonb_agg(r.label order by r.n), '[]'::jsonb)
                       from (select label, n from jsonb_array_elements(coalesce(d.data -> 'Labels', '[]'::jsonb) || (excluded.data -> 'Labels'))
                                                  with ordinality as a(label, n)
                             order by n desc limit {{VendorStats.RecentKept}}) r),
            'TotalLabels', coalesce((d.data ->> 'TotalLabels')::int, 0) + 1,
            'LastLabelledAt', excluded.data -> 'LastLabelledAt'),
          mt_last_modified = transaction_timestamp(), mt_version = d.mt_version + 1
        """;
}
