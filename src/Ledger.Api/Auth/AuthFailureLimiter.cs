using System.Collections.Concurrent;

namespace Ledger.Api.Auth;

/// <summary>
/// Slows token guessing: after <see cref="MaxFailures"/> failed authentications from one client address within a
/// minute, that address gets 429 (even with a valid token) until the minute is over. In memory per node: an attacker
/// spreading over several nodes gets N per node, which still makes guessing a 256-bit token hopeless; the point is to
/// stop cheap floods from one place and make them visible.
/// </summary>
public sealed class AuthFailureLimiter(int maxFailures, TimeProvider time)
{
    readonly ConcurrentDictionary<string, (long WindowStart, int Failures)> windows = new();
    static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public int MaxFailures => maxFailures;

    public bool IsBlocked(string client, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!windows.TryGetValue(client, out var w)) return false;
        var left = Window - time.GetElapsedTime(w.WindowStart);
        if (left <= TimeSpan.Zero || w.Failures < maxFailures) return false;
        retryAfter = left;
        return true;
    }

    public void RecordFailure(string client)
    {
        var now = time.GetTimestamp();
        windows.AddOrUpdate(client, _ => (now, 1),
            (_, w) => time.GetElapsedTime(w.WindowStart) >= Window ? (now, 1) : (w.WindowStart, w.Failures + 1));
        // Keep the table small: forget windows that are over (cheap, and only when it grows).
        if (windows.Count > 10_000)
            foreach (var (key, w) in windows)
                if (time.GetElapsedTime(w.WindowStart) >= Window) windows.TryRemove(key, out _);
    }
}
