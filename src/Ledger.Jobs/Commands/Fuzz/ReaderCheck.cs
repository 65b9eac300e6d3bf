using System.Diagnostics;
using Ledger.Api.Hosting;
using Ledger.Api.Import;
using Ledger.Domain.Statements;

namespace Ledger.Jobs.Commands.Fuzz;

public enum FuzzOutcome { Imported, Refused, VagueRefusal, Crash, Hang }

/// <summary>What one input came to: <see cref="FuzzOutcome.Imported"/> and <see cref="FuzzOutcome.Refused"/> are the only good ends.</summary>
public sealed record FuzzResult(MutatedStatement Input, FuzzOutcome Outcome, TimeSpan Took, string Detail)
{
    public bool IsFinding => Outcome is not (FuzzOutcome.Imported or FuzzOutcome.Refused);
}

/// <summary>
/// Runs an input through exactly the importer's reading: sniff and open, the first pass that checks every row
/// (<see cref="StatementValidation"/>), then the second pass that must read the same lines. The exception, if any, is
/// judged as the API answers it (<see cref="LedgerExceptionHandler.Classify"/>): a 400 must name file, line and field for
/// every error; anything answering 500 is a crash. Runs on its own thread so a reader that never returns is reported as a
/// hang after <paramref name="timeout"/> instead of stopping the run (that thread is abandoned).
/// </summary>
public static class ReaderCheck
{
    public static FuzzResult Run(MutatedStatement input, TimeSpan timeout, int maxRows = 250_000)
    {
        var sw = Stopwatch.StartNew();
        var work = Task.Factory.StartNew(() => Read(input, maxRows), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        if (!work.Wait(timeout)) return new FuzzResult(input, FuzzOutcome.Hang, sw.Elapsed, $"no answer within {timeout.TotalSeconds:N0} s");
        var (outcome, detail) = work.Result;
        return new FuzzResult(input, outcome, sw.Elapsed, detail);
    }

    static (FuzzOutcome, string) Read(MutatedStatement input, int maxRows)
    {
        try
        {
            using var content = new MemoryStream(input.Bytes, writable: false);
            var books = BooksCurrencyOf(input);
            var reader = StatementReaders.Open(input.FileName, content);
            var twins = new TwinRows(Math.Min(maxRows, content.Length / 16 + 1));
            var statement = StatementValidation.Validate(reader, input.FileName, maxRows, null, twins, books);
            var second = reader.Reopen();
            var lines = second.ReadLines().Count(statement.Takes);
            if (lines != statement.Lines || second.Errors.Count > 0)
                return (FuzzOutcome.Crash, $"second pass read {lines} lines and {second.Errors.Count} errors, the first {statement.Lines} lines");
            return (FuzzOutcome.Imported, $"{lines} lines");
        }
        catch (Exception e)
        {
            return Judge(input.FileName, e);
        }
    }

    /// <summary>
    /// The readers are fuzzed, not the currency rule: the books are taken as kept in the currency the file names first, so a CAD
    /// seed's mutations reach the second pass as they did before books had a currency. A mutated code is still refused by it.
    /// </summary>
    static string BooksCurrencyOf(MutatedStatement input)
    {
        using var content = new MemoryStream(input.Bytes, writable: false);
        var reader = StatementReaders.Open(input.FileName, content);
        foreach (var _ in reader.ReadLines()) { }
        return reader.Summary.Currency?.Trim().ToUpperInvariant() is { Length: > 0 } named ? named : Ledger.Domain.Tenants.BooksCurrency.Default;
    }

    /// <summary>How the API would answer this exception, and whether that answer is good enough.</summary>
    public static (FuzzOutcome, string) Judge(string fileName, Exception e)
    {
        var (status, _) = LedgerExceptionHandler.Classify(e);
        if (status != 400) return (FuzzOutcome.Crash, $"HTTP {status}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        if (e is not StatementFormatException refused) return (FuzzOutcome.VagueRefusal, $"400 without errors[]: {e.Message}");
        var vague = refused.Errors.FirstOrDefault(x => x.Line <= 0 || string.IsNullOrEmpty(x.Field) || x.File != fileName);
        return vague is null
            ? (FuzzOutcome.Refused, refused.Errors[0].Message)
            : (FuzzOutcome.VagueRefusal, $"error without file, line or field: file '{vague.File}', line {vague.Line}, field '{vague.Field}': {vague.Message}");
    }
}
