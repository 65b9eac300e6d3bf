namespace Ledger.Domain.Tests.Statements;

/// <summary>Finds shared/fixtures by walking up from the test binaries: beside the repo (/work/shared) or inside it.</summary>
internal static class Fixtures
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, relative);

    public static FileStream Open(string relative) => File.OpenRead(Path(relative));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { System.IO.Path.Combine(dir.FullName, "shared", "fixtures"), System.IO.Path.Combine(dir.FullName, "..", "shared", "fixtures") })
                if (Directory.Exists(candidate)) return System.IO.Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException($"No shared/fixtures above {AppContext.BaseDirectory}.");
    }
}
