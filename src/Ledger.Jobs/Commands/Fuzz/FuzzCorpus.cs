namespace Ledger.Jobs.Commands.Fuzz;

/// <summary>
/// The statements mutations start from: third-party bank files (OFX, QFX, CSV) that this project did not write, taken
/// round-robin so each gets the same share of the run. Input i of a run with seed s is always the same bytes.
/// </summary>
public sealed class FuzzCorpus
{
    readonly List<(string Name, byte[] Bytes)> seeds;

    FuzzCorpus(List<(string Name, byte[] Bytes)> seeds) => this.seeds = seeds;

    public IReadOnlyList<string> Files => seeds.Select(s => s.Name).ToList();

    /// <summary>Every .ofx, .qfx and .csv statement under <paramref name="dir"/> (labelled histories excluded: they are not statements).</summary>
    public static FuzzCorpus Load(string dir)
    {
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".ofx" or ".qfx" or ".csv")
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}labelled{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InvalidOperationException($"No statement fixtures under {dir}.");
        return new FuzzCorpus(files.Select(f => (Path.GetRelativePath(dir, f), File.ReadAllBytes(f))).ToList());
    }

    public MutatedStatement Input(int index, int runSeed)
    {
        var (name, bytes) = seeds[index % seeds.Count];
        return StatementMutator.Mutate(name, bytes, unchecked(runSeed * 7919 + index));
    }

    /// <summary>The shared fixtures beside or inside the checkout (…/shared/fixtures), searched upwards from here.</summary>
    public static string FindFixtures()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "fixtures"), Path.Combine(dir.FullName, "..", "shared", "fixtures") })
                    if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        throw new DirectoryNotFoundException("No shared/fixtures above the current directory; pass --fixtures <dir>.");
    }
}
