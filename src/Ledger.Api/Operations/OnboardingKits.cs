using System.Text.Json;
using Ledger.Domain.Tenants;
using Marten;
using NodaTime;
using Npgsql;

namespace Ledger.Api.Operations;

/// <summary>Where a tenant's onboarding kit was written, as recorded, whether this database may delete it, and whether it was there.</summary>
public sealed record KitLocation(string Folder, IReadOnlyList<string> Files, string RecordedFor, bool ThisDatabase, bool Existed);

/// <summary>
/// The kit's files hold the tenant's admin token, so erasure must find them wherever they were written, and must never
/// reach for a path derived from the current checkout: a kit written elsewhere would survive, and erasing the tenant from
/// a restored scratch copy would delete the live tenant's kit. So the onboarding records the folder and files in the
/// tenant's stream (<see cref="OnboardingKitWritten"/>) along with the database it was written for.
/// </summary>
public static class OnboardingKits
{
    public static readonly string[] Files = ["tenant.json", "tenant.env"];

    /// <summary>Writes the kit (the .env with the token 0600) and records where, in the tenant's stream.</summary>
    public static async Task<string> WriteAsync(IDocumentStore store, NpgsqlDataSource db, string tenantId, string folder, string configJson,
        string envSnippet, string by, Instant now, CancellationToken ct)
    {
        folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, Files[0]), configJson, ct);
        Hosting.PrivateFile.Write(Path.Combine(folder, Files[1]), envSnippet);
        await using var session = store.LightweightSession(tenantId);
        session.Events.Append(tenantId, new OnboardingKitWritten(tenantId, folder, Files, await DatabaseIdentityAsync(db, ct), by, now));
        await session.SaveChangesAsync(ct);
        return folder;
    }

    /// <summary>Every kit the tenant's stream recorded (read before erasure, which deletes the stream).</summary>
    public static async Task<IReadOnlyList<KitLocation>> RecordedAsync(NpgsqlConnection conn, string tenantId, CancellationToken ct)
    {
        var here = await DatabaseIdentityAsync(conn, ct);
        await using var cmd = new NpgsqlCommand($"select data::text from {Ledger.Projections.LedgerStore.Schema}.mt_events " +
            "where tenant_id = @t and stream_id = @t and type = 'onboarding_kit_written' order by seq_id", conn);
        cmd.Parameters.AddWithValue("t", tenantId);
        var kits = new List<KitLocation>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var e = JsonSerializer.Deserialize<Recorded>(reader.GetString(0))!;
            kits.Add(new KitLocation(e.Folder, e.Files, e.Database, e.Database == here, e.Files.Any(f => File.Exists(Path.Combine(e.Folder, f)))));
        }
        return kits;
    }

    /// <summary>Deletes the recorded files of a kit written for this database, and its folder when nothing else is left in it.</summary>
    public static void Delete(KitLocation kit)
    {
        if (!kit.ThisDatabase) return;
        foreach (var file in kit.Files) File.Delete(Path.Combine(kit.Folder, file));
        if (Directory.Exists(kit.Folder) && !Directory.EnumerateFileSystemEntries(kit.Folder).Any()) Directory.Delete(kit.Folder);
    }

    /// <summary>Name and oid: a restore creates a new database (a new oid, usually a new name), so a copy never passes for the original.</summary>
    static async Task<string> DatabaseIdentityAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var conn = await db.OpenConnectionAsync(ct);
        return await DatabaseIdentityAsync(conn, ct);
    }

    static async Task<string> DatabaseIdentityAsync(NpgsqlConnection conn, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("select current_database() || '/' || oid from pg_database where datname = current_database()", conn);
        return (string)(await cmd.ExecuteScalarAsync(ct))!;
    }

    sealed record Recorded(string Folder, List<string> Files, string Database);
}
