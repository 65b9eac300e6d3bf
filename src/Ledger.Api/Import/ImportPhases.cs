using System.Diagnostics;

namespace Ledger.Api.Import;

/// <summary>
/// Where the second pass of an import spends its time, phase by phase, summed over the chunks: the import's log line
/// prints it, so that a slow import (and <c>bench-import</c>) says which part to work on. Costs two timestamps a phase.
/// </summary>
public sealed class ImportPhases
{
    readonly Dictionary<string, long> ticks = [];
    readonly List<string> order = [];

    /// <summary>Adds the time since <paramref name="since"/> (a <see cref="Stopwatch.GetTimestamp"/>) to the phase; returns now.</summary>
    public long Add(string phase, long since)
    {
        var now = Stopwatch.GetTimestamp();
        AddTicks(phase, now - since);
        return now;
    }

    /// <summary>Adds a duration measured elsewhere (in <see cref="Stopwatch"/> ticks) to the phase.</summary>
    public void AddTicks(string phase, long elapsed)
    {
        if (!ticks.ContainsKey(phase)) order.Add(phase);
        ticks[phase] = ticks.GetValueOrDefault(phase) + elapsed;
    }

    public override string ToString() =>
        string.Join(", ", order.Select(p => $"{p} {Stopwatch.GetElapsedTime(0, ticks[p]).TotalMilliseconds:N0}"));
}
