using System.IO.Compression;
using Ledger.Domain.Receipts.Reading;

namespace Ledger.Api.Receipts;

/// <summary>One file as it arrived (a zip's entries arrive one by one, named "batch.zip/entry.pdf").</summary>
public sealed record ReceiptUpload(string FileName, byte[] Content);

/// <summary>Unpacks zips and holds every file to the limits before anything is read or written.</summary>
public static class ReceiptUploads
{
    public static IReadOnlyList<ReceiptUpload> Expand(IEnumerable<ReceiptUpload> uploads, ReceiptLimits limits)
    {
        var files = new List<ReceiptUpload>();
        var total = 0L;
        foreach (var upload in uploads)
        {
            if (!ReceiptFiles.IsZip(upload.Content))
            {
                Add(files, upload, limits, ref total);
                continue;
            }
            using var zip = OpenZip(upload);
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/') && !Hidden(e.FullName)))
            {
                var name = $"{upload.FileName}/{entry.FullName}";
                // The declared size is checked before unpacking, and the read is capped, so a zip bomb is refused unread.
                if (entry.Length > limits.MaxFileBytes) throw TooLarge(name, limits.MaxFileBytes);
                using var stream = entry.Open();
                var content = ReadCapped(stream, name, limits.MaxFileBytes);
                if (ReceiptFiles.IsZip(content)) throw new ReceiptRefusedException(name, "file", "is a zip inside a zip: send the inner files.");
                Add(files, new ReceiptUpload(name, content), limits, ref total);
            }
        }
        if (files.Count == 0) throw new ReceiptRefusedException(uploads.FirstOrDefault()?.FileName ?? "upload", "file", "holds no receipt.");
        return files;
    }

    static void Add(List<ReceiptUpload> files, ReceiptUpload file, ReceiptLimits limits, ref long total)
    {
        if (file.Content.LongLength > limits.MaxFileBytes) throw TooLarge(file.FileName, limits.MaxFileBytes);
        total += file.Content.LongLength;
        if (total > limits.MaxUploadBytes)
            throw new ReceiptRefusedException(file.FileName, "file", $"takes the upload past its {limits.MaxUploadBytes / 1024 / 1024} MB limit.", tooLarge: true);
        if (files.Count >= limits.MaxFiles)
            throw new ReceiptRefusedException(file.FileName, "file", $"is one file more than the {limits.MaxFiles} one upload may hold.", tooLarge: true);
        files.Add(file);
    }

    static ZipArchive OpenZip(ReceiptUpload upload)
    {
        try { return new ZipArchive(new MemoryStream(upload.Content), ZipArchiveMode.Read); }
        catch (InvalidDataException e) { throw new ReceiptRefusedException(upload.FileName, "file", $"is not a readable zip ({e.Message})."); }
    }

    static byte[] ReadCapped(Stream stream, string name, long max)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + n > max) throw TooLarge(name, max);
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    static ReceiptRefusedException TooLarge(string name, long max) =>
        new(name, "file", $"is larger than the {max / 1024 / 1024} MB a receipt may be.", tooLarge: true);

    static bool Hidden(string path) => path.StartsWith("__MACOSX/", StringComparison.Ordinal) || Path.GetFileName(path).StartsWith('.');
}
