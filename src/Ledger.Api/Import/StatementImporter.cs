using System.Globalization;
using System.Security.Cryptography;
using Ledger.Domain;
using Ledger.Domain.Accounts;
using Ledger.Domain.Statements;
using Ledger.Domain.Statements.Csv;
using Ledger.Projections.Imports;
using Ledger.Projections.Tenants;
using Ledger.Projections.Transactions;
using Marten;
using JasperFx.Events;
using NodaTime;
using Npgsql;

namespace Ledger.Api.Import;

public sealed record ImportRequest(string TenantId, string BankAccountCode, string FileName, Stream Content, string ImportedBy, string? OfxAccountId = null);

public sealed record ImportResult(
    Guid ImportId, string File, string Format, string Sha256, int Imported, int Duplicates, int FitIdReused,
    IReadOnlyList<string> Skipped, LocalDate? From, LocalDate? To, decimal? LedgerBalance, int TransfersDetected = 0);

/// <summary>Thrown when a file is larger than the configured limit; the API answers 413.</summary>
public sealed class StatementTooLargeException(string message) : DomainException(message);

/// <summary>
/// Takes a statement file into a tenant's bank or card account, whole or not at all: the file is read and checked to the
/// end first, and only a file without a single bad row is stored, in one atomic bulk write (COPY) of every new
/// transaction stream together with the StatementImported event.
/// </summary>
public sealed class StatementImporter(IDocumentStore store, NpgsqlDataSource dataSource, IClock clock, ImportLimits limits, TransferDetection transfers)
{
    public async Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken ct)
    {
        var account = await BankAccountAsync(request, ct);
        await using var spool = await Spool.CopyAsync(request.Content, limits.MaxFileBytes, request.FileName, ct);
        var profile = await CsvProfileAsync(request, ct);

        var reader = StatementReaders.Open(request.FileName, spool.Stream, profile);
        var lines = StatementValidation.ReadWhole(reader, request.FileName, limits.MaxRows, request.OfxAccountId);

        var landed = false;
        for (var attempt = 1; ; attempt++)
        {
            var candidates = ImportPlanner.Candidates(account.Code, lines).ToList();
            var existing = await ExistingFingerprintsAsync(request.TenantId, candidates, ct);
            var plan = ImportPlanner.Plan(candidates, existing);
            var importId = Guid.NewGuid();
            var summary = reader.Summary;
            var now = clock.GetCurrentInstant();
            var imported = new StatementImported(importId, account.Code, request.FileName, spool.Sha256, summary.Format.ToString(),
                lines.Count, plan.Count(p => p.Outcome == LineOutcome.New), plan.Count(p => p.Outcome == LineOutcome.Duplicate),
                plan.Count(p => p.Outcome == LineOutcome.New && p.FitIdReused), summary.SkippedNotes, summary.From, summary.To,
                summary.LedgerBalance?.Amount, summary.LedgerBalance?.AsOf, summary.Currency, request.ImportedBy, now);
            try
            {
                // One call, one connection, one transaction (Marten's BulkInsertEventsAsync commits once after every COPY):
                // the whole file lands or none of it.
                await store.BulkInsertEventsAsync(request.TenantId, StreamActions(plan, imported, request.ImportedBy).ToList(), 10_000, ct);
                landed = true;
                Ledger.Api.Observability.LedgerMetrics.Imports.Inc();
                Ledger.Api.Observability.LedgerMetrics.ImportedTransactions.Inc(imported.Imported);
                // First large loads leave the planner thinking the event tables are empty; fix that before the next write.
                await EventStatistics.RefreshAfterLoadAsync(dataSource, imported.Imported, ct);
                var transfersDetected = await DetectTransfersAsync(request.TenantId, account.Code, plan, ct);
                return new ImportResult(importId, request.FileName, imported.Format, spool.Sha256, imported.Imported, imported.Duplicates,
                    imported.FitIdReused, imported.Skipped, imported.From, imported.To, imported.LedgerBalance, transfersDetected);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation && attempt < 3 && !landed)
            {
                // Someone imported an overlapping file at the same moment: nothing of ours landed; plan again.
            }
        }
    }

    /// <summary>
    /// After the file has landed, never inside its write: a pair needs both legs stored, and whether pairing works must not
    /// decide whether the statement is taken. Only this file's new transactions look for counterparts.
    /// </summary>
    Task<int> DetectTransfersAsync(string tenantId, string accountCode, IReadOnlyList<PlannedLine> plan, CancellationToken ct) =>
        transfers.DetectAsync(tenantId, plan.Where(p => p.Outcome == LineOutcome.New)
            .Select(p => new TransferCandidate(p.TransactionId, accountCode, p.Line.PostedOn, p.Line.Amount)).ToList(), ct);

    IEnumerable<StreamAction> StreamActions(IReadOnlyList<PlannedLine> plan, StatementImported imported, string user)
    {
        foreach (var p in plan.Where(p => p.Outcome == LineOutcome.New))
        {
            var l = p.Line;
            var e = new TransactionImported(p.TransactionId, imported.ImportId, imported.BankAccountCode, l.PostedOn, l.Amount, l.Payee, l.Memo,
                l.FitId, l.CheckNumber, l.TransactionType, p.Fingerprint, p.FitIdReused, l.SourceLine, imported.At);
            yield return Start(p.TransactionId, typeof(TransactionView), e, user);
        }
        yield return Start(ImportStreams.Id(imported.ImportId), typeof(StatementImportView), imported, user);
    }

    StreamAction Start(string id, Type aggregate, object data, string user)
    {
        var action = StreamAction.Start((IEventRegistry)((StoreOptions)store.Options).Events, id, data);
        action.AggregateType = aggregate;
        foreach (var e in action.Events) e.UserName = user;
        return action;
    }

    async Task<ChartAccount> BankAccountAsync(ImportRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession(request.TenantId);
        var tenant = await session.LoadAsync<Tenant>(request.TenantId, ct) ?? throw new DomainException($"Unknown tenant '{request.TenantId}'.");
        var account = tenant.Account(request.BankAccountCode?.Trim() ?? "");
        if (account is null || account.Type is not (AccountType.Asset or AccountType.Liability))
        {
            var choices = string.Join(", ", tenant.Chart.Where(a => a.Type is AccountType.Asset or AccountType.Liability).Select(a => $"{a.Code} {a.Name}"));
            throw new DomainException($"Bank account '{request.BankAccountCode}' is not an asset or liability account of this tenant's chart. Choose one of: {choices}.");
        }
        return account;
    }

    async Task<CsvProfile?> CsvProfileAsync(ImportRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession(request.TenantId);
        return (await session.LoadAsync<BankAccountSettings>(request.BankAccountCode, ct))?.CsvProfile;
    }

    /// <summary>
    /// Stream id → stored fingerprint for every candidate id that exists. A reused-FITID id can only exist when its primary
    /// id exists with another fingerprint (the planner creates it only then, and a file lands whole), so those are looked
    /// up in a second, usually tiny, round: half the ids to probe for an OFX file.
    /// </summary>
    async Task<IReadOnlyDictionary<string, string>> ExistingFingerprintsAsync(string tenantId, IReadOnlyList<ImportPlanner.Candidate> candidates, CancellationToken ct)
    {
        var found = new Dictionary<string, string>();
        if (candidates.Count == 0) return found;
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await FindAsync(conn, tenantId, candidates.Select(c => c.PrimaryId).Distinct().ToArray(), found, ct);
        var reused = candidates
            .Where(c => c.ReusedId is not null && found.TryGetValue(c.PrimaryId, out var stored) && stored != c.Fingerprint)
            .Select(c => c.ReusedId!).Distinct().ToArray();
        await FindAsync(conn, tenantId, reused, found, ct);
        return found;
    }

    static async Task FindAsync(NpgsqlConnection conn, string tenantId, string[] ids, Dictionary<string, string> found, CancellationToken ct)
    {
        foreach (var chunk in ids.Chunk(20_000))
        {
            await using var cmd = new NpgsqlCommand(
                $"select stream_id, data ->> 'Fingerprint' from {Projections.LedgerStore.Schema}.mt_events " +
                "where tenant_id = @t and stream_id = any(@ids) and version = 1", conn);
            cmd.Parameters.AddWithValue("t", tenantId);
            cmd.Parameters.AddWithValue("ids", chunk);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) found[r.GetString(0)] = r.IsDBNull(1) ? "" : r.GetString(1);
        }
    }
}

public sealed record ImportLimits(long MaxFileBytes, int MaxRows);
