using System.Security.Cryptography;

namespace Ledger.Api.Import;

/// <summary>An upload copied to a temporary file: readers need a seekable stream, and the file's sha256 is recorded.</summary>
public sealed class Spool : IAsyncDisposable
{
    public required FileStream Stream { get; init; }
    public required string Sha256 { get; init; }

    public static async Task<Spool> CopyAsync(Stream content, long maxBytes, string fileName, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"ledger-import-{Guid.NewGuid():N}");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                await file.DisposeAsync();
                throw new StatementTooLargeException($"{fileName} is larger than the {maxBytes / 1024 / 1024} MB import limit; split it into smaller statements.");
            }
            sha.AppendData(buffer, 0, read);
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        file.Position = 0;
        return new Spool { Stream = file, Sha256 = Convert.ToHexString(sha.GetHashAndReset()).ToLowerInvariant() };
    }

    public ValueTask DisposeAsync() => Stream.DisposeAsync();
}
