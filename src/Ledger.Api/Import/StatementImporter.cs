using Ledger.Domain;
using Ledger.Domain.Accounts;
using Ledger.Domain.Statements;
using Ledger.Domain.Statements.Csv;
using Ledger.Projections.Imports;
using Ledger.Projections.Tenants;
using Ledger.Projections.Transactions;
using Marten;
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
/// Takes a statement file into a tenant's bank or card account, whole or not at all, in memory that does not grow with the file.
/// The upload is spooled to a temporary file and read twice. The first pass checks every row and keeps no rows (counters, the
/// errors, a twin-row filter). Only a file without a single bad row gets the second pass: in ONE PostgreSQL transaction it
/// reads the file again in chunks of <see cref="ImportLimits.ChunkRows"/> lines, plans each chunk against what is stored
/// (including the earlier chunks of this file, which the transaction sees), and writes the chunk's new transaction streams with
/// binary COPY; the StatementImported stream comes last, then the commit. Any failure rolls the whole file back.
/// </summary>
public sealed class StatementImporter(IDocumentStore store, NpgsqlDataSource dataSource, IClock clock, ImportLimits limits, TransferDetection transfers,
    ILogger<StatementImporter> logger)
{
    public async Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken ct)
    {
        var account = await BankAccountAsync(request, ct);
        await using var spool = await Spool.CopyAsync(request.Content, limits.MaxFileBytes, request.FileName, ct);
        var profile = await CsvProfileAsync(request, ct);

        var clockwatch = System.Diagnostics.Stopwatch.StartNew();
        var reader = StatementReaders.Open(request.FileName, spool.Stream, profile);
        // A row needs at least ~16 bytes, so the file's size bounds its rows (and so the twin filter) for small files.
        var twins = new TwinRows(Math.Min(limits.MaxRows, spool.Stream.Length / 16 + 1));
        var statement = StatementValidation.Validate(reader, request.FileName, limits.MaxRows, request.OfxAccountId, twins);

        var checkedAt = clockwatch.Elapsed;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (imported, range) = await WriteAsync(request, account, spool.Sha256, reader, statement, twins, ct);
                var writtenAt = clockwatch.Elapsed;
                Ledger.Api.Observability.LedgerMetrics.Imports.Inc();
                Ledger.Api.Observability.LedgerMetrics.ImportedTransactions.Inc(imported.Imported);
                // First large loads leave the planner thinking the event tables are empty; fix that before the next write.
                await EventStatistics.RefreshAfterLoadAsync(dataSource, imported.Imported, ct);
                var analyzedAt = clockwatch.Elapsed;
                // After the file has landed, never inside its write: a pair needs both legs stored, and whether pairing works
                // must not decide whether the statement is taken. Only this file's new transactions look for counterparts.
                var transfersDetected = await transfers.DetectAsync(request.TenantId, range, ct);
                logger.LogInformation(
                    "Imported {File} into {BankAccount}: {Lines} lines, {Imported} new, {Duplicates} duplicates; checked in {CheckMs} ms, written in {WriteMs} ms " +
                    "(attempt {Attempt}, {Chunks} chunks), statistics {StatisticsMs} ms, {Transfers} transfers in {TransfersMs} ms; twin filter {FilterKb} KB, {MaybeTwins} maybe-twin keys",
                    request.FileName, account.Code, statement.Lines, imported.Imported, imported.Duplicates, (long)checkedAt.TotalMilliseconds,
                    (long)(writtenAt - checkedAt).TotalMilliseconds, attempt, (statement.Lines + limits.ChunkRows - 1) / limits.ChunkRows,
                    (long)(analyzedAt - writtenAt).TotalMilliseconds, transfersDetected, (long)(clockwatch.Elapsed - analyzedAt).TotalMilliseconds,
                    twins.FilterBytes / 1024, twins.MaybeRepeated);
                return new ImportResult(imported.ImportId, request.FileName, imported.Format, spool.Sha256, imported.Imported, imported.Duplicates,
                    imported.FitIdReused, imported.Skipped, imported.From, imported.To, imported.LedgerBalance, transfersDetected);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected && attempt < 3)
            {
                // Another writer created one of our streams at the same moment (imports into one account take turns, so this
                // is not another import). Nothing of ours landed: plan the whole file again.
            }
        }
    }

    /// <summary>The second pass: plan and write chunk by chunk, then StatementImported, all in one transaction.</summary>
    async Task<(StatementImported Imported, ImportedRange Range)> WriteAsync(ImportRequest request, ChartAccount account, string sha256,
        IStatementReader firstPass, ValidatedStatement statement, TwinRows twins, CancellationToken ct)
    {
        await using var conn = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await TakeTurnAsync(conn, request.TenantId, account.Code, ct);

        var importId = Guid.NewGuid();
        var now = clock.GetCurrentInstant();
        var copy = new NewStreamCopy(store, conn, request.TenantId, request.ImportedBy);
        var reader = firstPass.Reopen();
        int lines = 0, imported = 0, duplicates = 0, fitIdReused = 0;
        await using var chunks = new CandidateChunks(reader.ReadLines().Where(statement.Takes), account.Code, twins.Number().Next, limits.ChunkRows, ct);
        await foreach (var candidates in chunks.ReadAllAsync(ct))
        {
            var existing = await ExistingFingerprintsAsync(conn, request.TenantId, candidates, ct);
            var plan = ImportPlanner.Plan(candidates, existing);
            var fresh = new List<NewStream>(plan.Count);
            foreach (var p in plan)
            {
                if (p.Outcome == LineOutcome.Duplicate) { duplicates++; continue; }
                var l = p.Line;
                fresh.Add(new NewStream(p.TransactionId, typeof(TransactionView), new TransactionImported(p.TransactionId, importId, account.Code,
                    l.PostedOn, l.Amount, l.Payee, l.Memo, l.FitId, l.CheckNumber, l.TransactionType, p.Fingerprint, p.FitIdReused, l.SourceLine, now)));
                if (p.FitIdReused) fitIdReused++;
            }
            await copy.WriteAsync(fresh, ct);
            lines += candidates.Count;
            imported += fresh.Count;
        }
        // The spool is ours and unchanged, so the second pass reads what the first one checked; anything else is a bug.
        if (lines != statement.Lines || reader.Errors.Count > 0)
            throw new InvalidOperationException($"{request.FileName}: the second pass read {lines} lines, the first {statement.Lines}; nothing was imported.");

        var summary = statement.Summary;
        var transactions = new ImportedRange(importId, account.Code, copy.FirstSequence, copy.LastSequence, summary.From ?? default, summary.To ?? default);
        var statementImported = new StatementImported(importId, account.Code, request.FileName, sha256, summary.Format.ToString(),
            statement.Lines, imported, duplicates, fitIdReused, summary.SkippedNotes, summary.From, summary.To,
            summary.LedgerBalance?.Amount, summary.LedgerBalance?.AsOf, summary.Currency, request.ImportedBy, now);
        await copy.WriteAsync([new NewStream(ImportStreams.Id(importId), typeof(StatementImportView), statementImported)], ct);
        await tx.CommitAsync(ct);
        return (statementImported, transactions);
    }

    /// <summary>
    /// Imports into one bank account take turns (a transaction-scoped advisory lock, released by commit or rollback): the
    /// second of two overlapping files then plans against the first one's committed streams and finds them duplicates, instead
    /// of colliding with them. Imports into other accounts or tenants never share a stream id and do not wait.
    /// </summary>
    static async Task TakeTurnAsync(NpgsqlConnection conn, string tenantId, string accountCode, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext('ledger-import:' || @t || ':' || @a))", conn);
        cmd.Parameters.AddWithValue("t", tenantId);
        cmd.Parameters.AddWithValue("a", accountCode);
        cmd.CommandTimeout = 0;   // as long as the other import takes; the caller's token still cancels
        await cmd.ExecuteNonQueryAsync(ct);
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
    /// Stream id → stored fingerprint for every candidate id that exists, as this transaction sees it (earlier chunks of the
    /// same file included). A reused-FITID id can only exist when its primary id exists with another fingerprint (the planner
    /// creates it only then), so those are looked up in a second, usually empty, round: half the ids to probe for an OFX file.
    /// </summary>
    static async Task<IReadOnlyDictionary<string, string>> ExistingFingerprintsAsync(NpgsqlConnection conn, string tenantId,
        IReadOnlyList<ImportPlanner.Candidate> candidates, CancellationToken ct)
    {
        var found = new Dictionary<string, string>();
        if (candidates.Count == 0) return found;
        await FindAsync(conn, tenantId, candidates.Select(c => c.PrimaryId).Distinct().ToArray(), found, ct);
        var reused = candidates
            .Where(c => c.ReusedId is not null && found.TryGetValue(c.PrimaryId, out var stored) && stored != c.Fingerprint)
            .Select(c => c.ReusedId!).Distinct().ToArray();
        await FindAsync(conn, tenantId, reused, found, ct);
        return found;
    }

    /// <summary>
    /// One unique-index probe per id, whatever the statistics say. The plainer <c>stream_id = any(@ids)</c> lets the planner,
    /// which does not know a new tenant yet (a first import is still uncommitted), read the tenant's whole index range per
    /// chunk instead: 1.7 s instead of 0.1 s for 5,000 ids against 200,000 events, growing with every chunk. The
    /// <c>limit 1</c> keeps the lateral subquery from being flattened into such a join.
    /// </summary>
    static async Task FindAsync(NpgsqlConnection conn, string tenantId, string[] ids, Dictionary<string, string> found, CancellationToken ct)
    {
        if (ids.Length == 0) return;
        foreach (var chunk in ids.Chunk(20_000))
        {
            await using var cmd = new NpgsqlCommand(
                $"select e.stream_id, e.fingerprint from unnest(@ids) as x(id) cross join lateral (" +
                $"select stream_id, data ->> 'Fingerprint' as fingerprint from {Projections.LedgerStore.Schema}.mt_events " +
                "where tenant_id = @t and stream_id = x.id and version = 1 limit 1) e", conn);
            cmd.Parameters.AddWithValue("t", tenantId);
            cmd.Parameters.AddWithValue("ids", chunk);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) found[r.GetString(0)] = r.IsDBNull(1) ? "" : r.GetString(1);
        }
    }
}

/// <param name="ChunkRows">Lines planned and written per step of the second pass: memory per import is about this many rows.</param>
public sealed record ImportLimits(long MaxFileBytes, int MaxRows, int ChunkRows = ImportLimits.DefaultChunkRows)
{
    public const int DefaultChunkRows = 5_000;
}
