namespace Ledger.Jobs.Commands.Fuzz;

/// <summary>Counts per outcome, the slowest input, and every finding (kept to replay or to keep as a regression fixture).</summary>
public sealed class FuzzTally
{
    readonly Dictionary<FuzzOutcome, int> counts = Enum.GetValues<FuzzOutcome>().ToDictionary(o => o, _ => 0);

    public List<FuzzResult> Findings { get; } = [];
    public int Total { get; private set; }
    public FuzzResult? Slowest { get; private set; }

    public int this[FuzzOutcome outcome] => counts[outcome];

    public void Add(FuzzResult r)
    {
        Total++;
        counts[r.Outcome]++;
        if (r.IsFinding) Findings.Add(r);
        if (Slowest is null || r.Took > Slowest.Took) Slowest = r;
    }

    public string Line() =>
        $"{Total:N0} inputs: {this[FuzzOutcome.Imported]:N0} imported, {this[FuzzOutcome.Refused]:N0} refused naming file, line and field; " +
        $"findings: {this[FuzzOutcome.Crash]} crashes (HTTP 500), {this[FuzzOutcome.Hang]} hangs, {this[FuzzOutcome.VagueRefusal]} vague refusals" +
        (Slowest is null ? "" : $"; slowest {Slowest.Took.TotalMilliseconds:N0} ms ({Slowest.Input.Fixture}, seed {Slowest.Input.Seed})");

    public void Print(TextWriter w, string label, int maxFindings = 40)
    {
        w.WriteLine($"{label}: {Line()}");
        foreach (var f in Findings.Take(maxFindings))
            w.WriteLine($"  {f.Outcome,-12} {f.Input.Fixture} seed {f.Input.Seed} [{f.Input.Recipe}]: {FirstLine(f.Detail)}");
        if (Findings.Count > maxFindings) w.WriteLine($"  ... and {Findings.Count - maxFindings} more");
    }

    /// <summary>Writes each finding's bytes and what happened, named by fixture and seed, to replay or keep under tests/.</summary>
    public void Keep(string dir)
    {
        Directory.CreateDirectory(dir);
        foreach (var f in Findings)
        {
            var name = $"{Path.GetFileNameWithoutExtension(f.Input.FileName)}.seed{f.Input.Seed}{Path.GetExtension(f.Input.FileName)}";
            File.WriteAllBytes(Path.Combine(dir, name), f.Input.Bytes);
            File.WriteAllText(Path.Combine(dir, name + ".txt"), $"{f.Outcome}\n{f.Input.Fixture}\n{f.Input.Recipe}\n{f.Detail}\n");
        }
    }

    static string FirstLine(string s) => s.Split('\n')[0];
}
