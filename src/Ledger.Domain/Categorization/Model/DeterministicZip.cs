using System.IO.Compression;

namespace Ledger.Domain.Categorization.Model;

/// <summary>
/// ML.NET saves a model as a zip whose entries carry the save time, so the same training gave different bytes (and a
/// different version) from one second to the next. Rewriting the entries with a fixed time makes the bytes depend on
/// the model alone.
/// </summary>
public static class DeterministicZip
{
    static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] zip)
    {
        using var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
