using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using JasperFx.MultiTenancy;
using Ledger.Domain.Tenants;
using Ledger.Projections.Categorization;
using Ledger.Projections.Export;
using Ledger.Projections.Imports;
using Ledger.Projections.Journal;
using Ledger.Projections.Llm;
using Ledger.Projections.Metrics;
using Ledger.Projections.Receipts;
using Ledger.Projections.Review;
using Ledger.Projections.Tenants;
using Ledger.Projections.Transactions;
using Marten;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using Npgsql;

namespace Ledger.Projections;

/// <summary>The one Marten configuration the API, the jobs and the tests share.</summary>
public static class LedgerStore
{
    public const string Schema = "ledger";

    /// <summary>The async read models, run as one composite projection (one daemon shard).</summary>
    public const string AsyncViews = "LedgerViews";

    public static StoreOptions ConfigureLedger(this StoreOptions opts, NpgsqlDataSource dataSource, MetricsSettings? metrics = null)
    {
        opts.Connection(dataSource);
        opts.DatabaseSchemaName = Schema;
        opts.UseSystemTextJsonForSerialization(Weasel.Core.EnumStorage.AsString, configure: o => o.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb));

        // Every stream and document belongs to exactly one tenant; the key is (tenant_id, id).
        opts.Events.TenancyStyle = TenancyStyle.Conjoined;
        opts.Policies.AllDocumentsAreMultiTenanted();
        opts.Events.StreamIdentity = StreamIdentity.AsString;
        opts.Events.UseMandatoryStreamTypeDeclaration = true;

        opts.Events.MetadataConfig.CorrelationIdEnabled = true;
        opts.Events.MetadataConfig.CausationIdEnabled = true;
        opts.Events.MetadataConfig.UserNameEnabled = true;
        opts.Events.MetadataConfig.HeadersEnabled = true;

        // A ledger must never skip an event it cannot apply: stop the projection and make it visible instead.
        opts.Projections.Errors.SkipApplyErrors = false;
        opts.Projections.Errors.SkipSerializationErrors = false;
        opts.Projections.Errors.SkipUnknownEvents = false;
        // ...and record, on the shard's progression row, that it paused, since when, on which node and why: /readyz and
        // /metrics on every node read it from there (a shard pauses on whichever node runs it; off by default in Marten).
        opts.Events.EnableExtendedProgressionTracking = true;
        // Nor skip a sequence gap a live transaction may still fill: an import holds its seq_ids for as long as its file
        // takes to write, far past the 3 s stale threshold. With transaction evidence the daemon skips only gaps whose
        // reserver rolled back (checked by HighWaterGapTests); set explicitly so a change of Marten's defaults cannot drop it.
        opts.Projections.UseTransactionEvidenceForGapSkipping = true;
        opts.Projections.SkipStaleGapsDespiteLiveTransactionsAfter = null;

        opts.Projections.Snapshot<Tenant>(SnapshotLifecycle.Inline);
        opts.Projections.Add<ApiTokenProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<ApiToken>().Index(x => x.TokenHash);

        // Statement imports arrive through the bulk (COPY) path, which runs no inline projection: these catch up asynchronously.
        opts.Schema.For<TransactionView>().Index(x => x.BankAccountCode);

        // Categorizer and decisions: written through ordinary sessions, so the strongly consistent ones are inline.
        opts.Projections.Add<VendorStatsProjection>(ProjectionLifecycle.Inline);
        // Written by the projection's own upsert; numeric revisions keep the row shape it had as a multi-stream aggregate.
        opts.Schema.For<VendorStats>().UseNumericRevisions(true);
        opts.Projections.Snapshot<CategorizerState>(SnapshotLifecycle.Inline);
        opts.Projections.Add<ReviewQueueProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<LlmBudgetProjection>(ProjectionLifecycle.Inline);
        // The async read models run together as one composite: the daemon reads each page of events once for all of them and
        // writes their documents in one batch. As five shards, each rescanned the same event ranges (measured: the event
        // loads were the largest database cost while deciding, and decisions ran at half the rate).
        opts.Projections.CompositeProjectionFor(AsyncViews, c =>
        {
            c.Snapshot<TransactionView>();
            c.Snapshot<StatementImportView>();
            c.Add<JournalEntryProjection>();
            c.Add<TrialBalanceProjection>();
            // Metrics are read by windows of days, never in the request that changed them.
            c.Add(new MetricsDailyProjection((tenant, ct) => TenantDatabases.OpenAsync(opts, tenant, ct), (metrics ?? MetricsSettings.Default).CorrectionWindow));
        });
        opts.RegisterDocumentType<ModelArtifact>();
        opts.RegisterDocumentType<BankAccountSettings>();
        // Exactly-once QBO export: the export ledger must be consistent with the batch that wrote it (see ExportLedgerProjection).
        opts.Projections.Add<ExportLedgerProjection>(ProjectionLifecycle.Inline);
        opts.RegisterDocumentType<QboExportFile>();
        opts.RegisterDocumentType<ExportLedgerEntry>();
        // The queue is filtered, sorted, paged and counted by PostgreSQL over duplicated columns (Ledger.Api's ReviewQueueQuery),
        // never by loading the queue. Adding them backfills them from each document, except reason_key (a property documents
        // written before it lack): `rebuild` fills it, and until then the queue counts those items from their reasons array.
        opts.Policies.ForAllDocuments(m => { if (m.DocumentType == typeof(ReviewQueueItem)) ReviewQueueColumns(m); });
        // Reviewer acts check the live stream, never a projection that may lag.
        opts.Projections.LiveStreamAggregation<ReviewableTransaction>();
        opts.RegisterDocumentType<IdempotentResponse>();
        opts.ConfigureReceipts();

        return opts;
    }

    // Duplicated columns without Marten's one-column indexes (those lack the tenant): each index here leads with the tenant,
    // and a sort's index ends with the id that breaks ties, so a page of any sort is an index-only scan.
    static void ReviewQueueColumns(Marten.Schema.DocumentMapping m)
    {
        foreach (var member in new[] { nameof(ReviewQueueItem.PostedOnDay), nameof(ReviewQueueItem.AbsAmount), nameof(ReviewQueueItem.CalibratedP),
                     nameof(ReviewQueueItem.Amount), nameof(ReviewQueueItem.BankAccountCode), nameof(ReviewQueueItem.VendorKey), nameof(ReviewQueueItem.ReasonKey) })
            m.DuplicateField(member, null!, false);
        m.DuplicateField(nameof(ReviewQueueItem.Reasons), "text[]", false);
        // reason_key rides along in each, so the counts of a filtered queue are an index-only scan too.
        foreach (var sort in new[] { "posted_on_day", "abs_amount", "calibrated_p" }) m.AddIndex("tenant_id", sort, "id").IncludeColumns = ["reason_key"];
        foreach (var filter in new[] { "vendor_key", "bank_account_code" }) m.AddIndex("tenant_id", filter).IncludeColumns = ["reason_key"];
        m.AddIndex("tenant_id", "reason_key");
    }

    public static NpgsqlDataSource BuildDataSource(string connectionString) =>
        new NpgsqlDataSourceBuilder(connectionString).UseNodaTime().Build();
}
