namespace Ledger.Integration.Tests.Infrastructure;

/// <summary>The shared third-party statement files: ../shared/fixtures beside the checkout.</summary>
public static class Fixtures
{
    static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { System.IO.Path.Combine(dir.FullName, "shared", "fixtures"), System.IO.Path.Combine(dir.FullName, "..", "shared", "fixtures") })
                if (Directory.Exists(candidate)) return System.IO.Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("shared/fixtures not found above " + AppContext.BaseDirectory);
    });

    public static string Path(string relative) => System.IO.Path.Combine(Root.Value, relative);
}
