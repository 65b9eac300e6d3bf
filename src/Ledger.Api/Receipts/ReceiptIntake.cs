using Ledger.Domain.Receipts;
using Ledger.Domain.Receipts.Reading;
using Ledger.Projections.Receipts;
using Marten;
using NodaTime;

namespace Ledger.Api.Receipts;

/// <summary>Fields a person gives with a single upload (a photographed receipt's total, say).</summary>
public sealed record EnteredFields(string? Merchant, LocalDate? Date, decimal? Total, decimal? Tax, string? Currency)
{
    public bool Any => Merchant is not null || Date is not null || Total is not null || Tax is not null || Currency is not null;
}

public sealed record IntakeItem(string FileName, int? SourceLine, string ReceiptId, string Status, ReceiptDetails Receipt);

public sealed record IntakeResult(int Received, int Duplicates, int Matched, IReadOnlyList<IntakeItem> Receipts);

/// <summary>
/// Takes receipt files in for the HTTP upload, the jobs' <c>receipts import</c> and the demo: every file is unpacked, held to
/// the limits and read before anything is written; then each new receipt's stream starts with what it is, what was read,
/// and its match when the matcher finds one unambiguous line. A receipt already held is reported as a duplicate; two uploads
/// of one file racing collide on the stream id, and the loser finds it held.
/// </summary>
public static class ReceiptIntake
{
    sealed record Pending(ReceiptUpload File, ReadFile Read, ReadReceipt Receipt, string Id, string Sha);

    public static async Task<IntakeResult> TakeAsync(IDocumentStore store, string tenantId, IEnumerable<ReceiptUpload> uploads, ReceiptLimits limits,
        EnteredFields? entered, string by, string via, Instant now, CancellationToken ct)
    {
        var pending = Read(ReceiptUploads.Expand(uploads, limits));
        if (entered is { Any: true } && pending.Count != 1)
            throw new ReceiptRefusedException(pending[0].File.FileName, "fields", $"merchant, date, total, tax and currency apply to one receipt; this upload holds {pending.Count}.");
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession(tenantId);
            session.LastModifiedBy = by;
            try
            {
                var result = await WriteAsync(session, pending, entered, by, via, now, ct);
                await session.SaveChangesAsync(ct);
                return result;
            }
            catch (Exception e) when (attempt < 3 && IsCollision(e))
            {
                // Someone took one of these receipts in meanwhile: nothing of ours was written; the next attempt finds it held.
            }
        }
    }

    static List<Pending> Read(IReadOnlyList<ReceiptUpload> files)
    {
        var pending = new List<Pending>();
        foreach (var file in files)
        {
            var read = ReceiptFiles.Read(file.FileName, file.Content);
            var sha = ReceiptIds.Sha256(file.Content);
            var twins = new Dictionary<string, int>();
            foreach (var receipt in read.Receipts)
            {
                var id = receipt.RowText is { } row ? ReceiptIds.ForRow(row, twins[row] = twins.GetValueOrDefault(row) + 1) : ReceiptIds.ForFile(sha);
                pending.Add(new Pending(file, read, receipt, id, sha));
            }
        }
        return pending;
    }

    static async Task<IntakeResult> WriteAsync(IDocumentSession session, List<Pending> pending, EnteredFields? entered, string by, string via,
        Instant now, CancellationToken ct)
    {
        var held = (await session.LoadManyAsync<Receipt>(ct, pending.Select(p => p.Id).Distinct().ToArray())).ToDictionary(r => r.Id);
        var fresh = new Dictionary<string, (ReceiptState State, List<object> Events)>();
        foreach (var p in pending.Where(p => !held.ContainsKey(p.Id)).DistinctBy(p => p.Id))
        {
            var events = new List<object>
            {
                new ReceiptReceived(p.Id, p.File.FileName, p.Read.MediaType, p.Read.Kind, p.File.Content.LongLength, p.Sha, p.Sha, p.Receipt.SourceLine, by, via, now),
                new ReceiptRead(p.Id, p.Receipt.Facts, p.Receipt.Reader, p.Receipt.Notes, now),
            };
            var state = ReceiptState.Start((ReceiptReceived)events[0]).Evolve(events[1]);
            if (entered is { Any: true } f)
            {
                var typed = ReceiptDecisions.EnterFields(state, f.Merchant, f.Date, f.Total, f.Tax, f.Currency, by, now);
                state = state.Evolve(typed);
                events.Add(typed);
            }
            fresh[p.Id] = (state, events);
        }
        var matches = await ReceiptMatching.MatchAsync(session, fresh.Values.Select(f => f.State).ToList(), now, ct);
        foreach (var (id, (_, events)) in fresh)
        {
            if (matches.TryGetValue(id, out var matched)) events.Add(matched);
            session.Events.StartStream<Receipt>(id, events);
        }
        foreach (var p in pending.Where(p => fresh.ContainsKey(p.Id)).DistinctBy(p => p.Sha))
            session.Store(new ReceiptFile { Id = p.Sha, FileName = p.File.FileName, MediaType = p.Read.MediaType, SizeBytes = p.File.Content.LongLength, Content = p.File.Content });

        var seen = new HashSet<string>();
        var items = pending.Select(p => new IntakeItem(p.File.FileName, p.Receipt.SourceLine, p.Id,
            fresh.ContainsKey(p.Id) && seen.Add(p.Id) ? "new" : "duplicate",
            fresh.TryGetValue(p.Id, out var f)
                ? ReceiptDetails.From(matches.TryGetValue(p.Id, out var m) ? f.State.Evolve(m) : f.State, f.Events.Count)
                : ReceiptDetails.From(held[p.Id]))).ToList();
        return new IntakeResult(items.Count(i => i.Status == "new"), items.Count(i => i.Status == "duplicate"), matches.Count, items);
    }

    static bool IsCollision(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
            if (x.GetType().Name is "ExistingStreamIdCollisionException" || x is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation })
                return true;
        return false;
    }
}
