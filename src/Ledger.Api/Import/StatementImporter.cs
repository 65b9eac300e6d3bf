using Ledger.Domain;
using Ledger.Domain.Accounts;
using Ledger.Domain.Statements;
using Ledger.Domain.Statements.Csv;
using Ledger.Projections.Imports;
using Ledger.Projections.Tenants;
using Ledger.Projections.Transactions;
using Ledger.Projections;
using Marten;
using NodaTime;
using Npgsql;

namespace Ledger.Api.Import;

/// <param name="Progress">Bytes read so far over both passes (2 × the file's length when done): the command line's progress bar.</param>
public sealed record ImportRequest(string TenantId, string BankAccountCode, string FileName, Stream Content, string ImportedBy, string? OfxAccountId = null,
    IProgress<double>? Progress = null);

public sealed record ImportResult(
    Guid ImportId, string File, string Format, string Sha256, int Imported, int Duplicates, int FitIdReused,
    IReadOnlyList<string> Skipped, LocalDate? From, LocalDate? To, decimal? LedgerBalance, int TransfersDetected = 0,
    Ledger.Domain.Tenants.PlanUsage? Plan = null);

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
public sealed class StatementImporter(IDocumentStore store, IClock clock, ImportLimits limits, TransferDetection transfers,
    ILogger<StatementImporter> logger)
{
    public async Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken ct)
    {
        var (account, planLimit, booksCurrency) = await BankAccountAsync(request, ct);
        // The name is recorded in StatementImported (jsonb, which refuses NUL) and shown to people: plain text only.
        if (request.FileName.Any(char.IsControl)) throw new FieldRefusedException("file", "The file name holds control characters.");
        await using var spool = await Spool.CopyAsync(request.Content, limits.MaxFileBytes, request.FileName, ct);
        var profile = await CsvProfileAsync(request, ct);

        var clockwatch = System.Diagnostics.Stopwatch.StartNew();
        var reader = StatementReaders.Open(request.FileName, request.Progress is { } p ? new ProgressStream(spool.Stream, p) : spool.Stream, profile);
        // A row needs at least ~16 bytes, so the file's size bounds its rows (and so the twin filter) for small files.
        var twins = new TwinRows(Math.Min(limits.MaxRows, spool.Stream.Length / 16 + 1));
        var statement = StatementValidation.Validate(reader, request.FileName, limits.MaxRows, request.OfxAccountId, twins, booksCurrency);

        var checkedAt = clockwatch.Elapsed;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (imported, range, plan, turn, phases) = await WriteAsync(request, account, planLimit, spool.Sha256, reader, statement, twins, ct);
                await using var pairing = turn;
                var writtenAt = clockwatch.Elapsed;
                Ledger.Api.Observability.LedgerMetrics.Imports.Inc();
                Ledger.Api.Observability.LedgerMetrics.ImportedTransactions.Inc(imported.Imported);
                // The file is stored from here on: what follows must never turn the answer into an error, or the client retries a
                // stored import (issue #16: date arithmetic in transfer detection overflowed after the commit and answered 500).
                // First large loads leave the planner thinking the event tables are empty; fix that before the next write.
                await AfterCommitAsync("refresh statistics", request, () => EventStatistics.RefreshAfterLoadAsync(store, request.TenantId, imported.Imported, ct));
                var analyzedAt = clockwatch.Elapsed;
                // After the file has landed, never inside its write: a pair needs both legs stored, and whether pairing works
                // must not decide whether the statement is taken. Only this file's new transactions look for counterparts.
                var transfersDetected = 0;
                await AfterCommitAsync("detect transfers", request, async () => transfersDetected = await transfers.DetectAsync(pairing, range, ct));
                await pairing.DisposeAsync();   // decisions of this tenant wait for it: not a moment longer
                logger.LogInformation(
                    "Imported {File} into {BankAccount}: {Lines} lines, {Imported} new, {Duplicates} duplicates; checked in {CheckMs} ms, written in {WriteMs} ms " +
                    "(attempt {Attempt}, {Chunks} chunks: {Phases} ms), statistics {StatisticsMs} ms, {Transfers} transfers in {TransfersMs} ms; twin filter {FilterKb} KB, {MaybeTwins} maybe-twin keys",
                    request.FileName, account.Code, statement.Lines, imported.Imported, imported.Duplicates, (long)checkedAt.TotalMilliseconds,
                    (long)(writtenAt - checkedAt).TotalMilliseconds, attempt, (statement.Lines + limits.ChunkRows - 1) / limits.ChunkRows, phases,
                    (long)(analyzedAt - writtenAt).TotalMilliseconds, transfersDetected, (long)(clockwatch.Elapsed - analyzedAt).TotalMilliseconds,
                    twins.FilterBytes / 1024, twins.MaybeRepeated);
                if (plan.Over)
                {
                    Ledger.Api.Observability.LedgerMetrics.ImportsOverPlan.Inc();
                    logger.LogWarning("Tenant {Tenant} is over its plan: {Imported} transactions imported this month, plan {Limit} ({File} accepted)",
                        request.TenantId, plan.Imported, plan.Limit, request.FileName);
                }
                return new ImportResult(imported.ImportId, request.FileName, imported.Format, spool.Sha256, imported.Imported, imported.Duplicates,
                    imported.FitIdReused, imported.Skipped, imported.From, imported.To, imported.LedgerBalance, transfersDetected, plan);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DeadlockDetected && attempt < 3)
            {
                // Another writer created one of our streams at the same moment: imports into one account take turns, so only one
                // that does not (a node still running an older version during a deploy). Nothing of ours landed: plan again.
            }
        }
    }

    /// <summary>The second pass: plan and write chunk by chunk, then StatementImported, all in one transaction.</summary>
    async Task<(StatementImported Imported, ImportedRange Range, Ledger.Domain.Tenants.PlanUsage Plan, TransferPairingTurn Pairing, ImportPhases Phases)> WriteAsync(ImportRequest request, ChartAccount account,
        int planLimit, string sha256,
        IStatementReader firstPass, ValidatedStatement statement, TwinRows twins, CancellationToken ct)
    {
        await using var conn = await store.OpenTenantConnectionAsync(request.TenantId, ct);
        await using var tx = await conn.BeginTransactionAsync(ct);
        await TakeTurnAsync(conn, request.TenantId, account.Code, ct);

        var importId = Guid.NewGuid();
        var now = clock.GetCurrentInstant();
        var copy = new NewStreamCopy(store, conn, request.TenantId, request.ImportedBy, now);
        var reader = firstPass.Reopen();
        int lines = 0, imported = 0, duplicates = 0, fitIdReused = 0;
        var linesTotal = 0m;
        await using var chunks = new CandidateChunks(reader.ReadLines().Where(statement.Takes), account.Code, twins.Number().Next, limits.ChunkRows, ct);
        var phases = copy.Phases;
        var at = System.Diagnostics.Stopwatch.GetTimestamp();
        await foreach (var candidates in chunks.ReadAllAsync(ct))
        {
            at = phases.Add("wait for chunk", at);
            var existing = await ExistingStreams.FingerprintsAsync(conn, request.TenantId, candidates, ct);
            at = phases.Add("lookup", at);
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
            phases.Add("plan", at);
            await copy.WriteAsync(fresh, ct);
            lines += candidates.Count;
            linesTotal += plan.Sum(p => p.Line.Amount);
            imported += fresh.Count;
            at = System.Diagnostics.Stopwatch.GetTimestamp();
        }
        at = phases.Add("wait for chunk", at);
        // The spool is ours and unchanged, so the second pass reads what the first one checked; anything else is a bug.
        if (lines != statement.Lines || reader.Errors.Count > 0)
            throw new InvalidOperationException($"{request.FileName}: the second pass read {lines} lines, the first {statement.Lines}; nothing was imported.");

        var summary = statement.Summary;
        var transactions = new ImportedRange(importId, account.Code, copy.FirstSequence, copy.LastSequence, summary.From ?? default, summary.To ?? default);
        var statementImported = new StatementImported(importId, account.Code, request.FileName, sha256, summary.Format.ToString(),
            statement.Lines, imported, duplicates, fitIdReused, summary.SkippedNotes, summary.From, summary.To,
            summary.LedgerBalance?.Amount, summary.LedgerBalance?.AsOf, summary.Currency, request.ImportedBy, now);
        // Over the plan is accepted (the bank lines are real) and recorded in the same transaction as the import itself.
        var usage = await Ledger.Api.Tenants.PlanUsages.ForAsync(conn, request.TenantId, planLimit, now, ct);
        List<NewStream> closing = [new NewStream(ImportStreams.Id(importId), typeof(StatementImportView), statementImported)];
        if (Ledger.Api.Reconciliation.StatementBalanceStreams.For(importId, account.Code, request.FileName, summary, linesTotal, lines, now) is { } balances)
            closing.Add(balances);
        if (usage.AfterImport(importId, request.FileName, imported, now) is { } exceeded)
            closing.Add(new NewStream(Ledger.Api.Tenants.PlanUsages.StreamId(importId), typeof(Ledger.Api.Tenants.PlanUsageLog), exceeded));
        at = phases.Add("closing", at);
        await copy.WriteAsync(closing, ct);
        at = System.Diagnostics.Stopwatch.GetTimestamp();
        // The pairing turn before the commit: no decision batch can see these transactions before they are paired.
        var pairing = await TransferPairingTurn.TakeAsync(store, request.TenantId, ct);
        at = phases.Add("pairing turn", at);
        try
        {
            await tx.CommitAsync(ct);
            phases.Add("commit", at);
        }
        catch
        {
            await pairing.DisposeAsync();
            throw;
        }
        return (statementImported, transactions, usage with { Imported = usage.Imported + imported }, pairing, phases);
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

    async Task<(ChartAccount Account, int PlanLimit, string BooksCurrency)> BankAccountAsync(ImportRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession(request.TenantId);
        var tenant = await session.LoadAsync<Tenant>(request.TenantId, ct) ?? throw new DomainException($"Unknown tenant '{request.TenantId}'.");
        var account = tenant.Account(request.BankAccountCode?.Trim() ?? "");
        if (account is null || account.Type is not (AccountType.Asset or AccountType.Liability))
        {
            var choices = string.Join(", ", tenant.Chart.Where(a => a.Type is AccountType.Asset or AccountType.Liability).Select(a => $"{a.Code} {a.Name}"));
            throw new FieldRefusedException("bankAccount", $"Bank account '{request.BankAccountCode}' is not an asset or liability account of this tenant's chart. Choose one of: {choices}.");
        }
        return (account, tenant.Limits.MaxTransactionsPerMonth, tenant.Limits.BooksCurrency);
    }

    async Task AfterCommitAsync(string step, ImportRequest request, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Imported {File} into {BankAccount}, but could not {Step} afterwards", request.FileName, request.BankAccountCode, step);
        }
    }

    async Task<CsvProfile?> CsvProfileAsync(ImportRequest request, CancellationToken ct)
    {
        await using var session = store.QuerySession(request.TenantId);
        return (await session.LoadAsync<BankAccountSettings>(request.BankAccountCode, ct))?.CsvProfile;
    }
}

/// <param name="ChunkRows">Lines planned and written per step of the second pass: memory per import is about this many rows.</param>
public sealed record ImportLimits(long MaxFileBytes, int MaxRows, int ChunkRows = ImportLimits.DefaultChunkRows)
{
    public const int DefaultChunkRows = 5_000;
}
