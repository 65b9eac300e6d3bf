namespace Ledger.Api.Hosting;

/// <summary>Files holding a secret (a token, a database password): readable and writable by their owner only (0600).</summary>
public static class PrivateFile
{
    const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (OperatingSystem.IsWindows()) { File.WriteAllText(path, text); return; }   // NTFS: the profile folder's ACL applies
        // Created 0600 from the first byte (no window in which another account could open it), and tightened if it existed.
        using (var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = OwnerOnly }))
        using (var writer = new StreamWriter(stream))
            writer.Write(text);
        File.SetUnixFileMode(path, OwnerOnly);
    }

    public static bool IsOwnerOnly(string path) => OperatingSystem.IsWindows() || (File.GetUnixFileMode(path) & ~OwnerOnly) == 0;
}
