using Spectre.Console;

namespace Ledger.Jobs.Commands;

/// <summary>
/// Progress for the long jobs (Spectre.Console): a bar when the amount of work is known, a spinner when it is not. Only on an
/// interactive terminal: redirected output (a script, CI, a log file) gets the commands' summary lines and nothing else.
/// </summary>
public static class ProgressDisplay
{
    static bool Live => AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;

    /// <summary>A bar over <paramref name="total"/> units; the work reports how many it has done so far (absolute, not increments).</summary>
    public static async Task<T> RunAsync<T>(string description, double total, Func<IProgress<double>, Task<T>> work)
    {
        if (!Live) return await work(new Progress<double>(_ => { }));
        return await AnsiConsole.Progress().AutoClear(true).HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(description), maxValue: Math.Max(1, total));
                // Set from the reporting thread: Spectre's task value is thread-safe, and no SynchronizationContext is involved.
                return await work(new Reporter(v => task.Value = Math.Min(v, task.MaxValue)));
            });
    }

    public static Task RunAsync(string description, double total, Func<IProgress<double>, Task> work) =>
        RunAsync<bool>(description, total, async p => { await work(p); return true; });

    /// <summary>A spinner with a line of text, for work whose size is not known up front (a training, pg_dump).</summary>
    public static async Task<T> StatusAsync<T>(string description, Func<Task<T>> work)
    {
        if (!Live) return await work();
        return await AnsiConsole.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(description), _ => work());
    }

    public static Task StatusAsync(string description, Func<Task> work) => StatusAsync<bool>(description, async () => { await work(); return true; });

    sealed class Reporter(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
