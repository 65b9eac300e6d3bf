using BenchmarkDotNet.Attributes;
using Ledger.Domain.Accounts;
using Ledger.Domain.Decisions;
using Ledger.Domain.Export;
using NodaTime;

namespace Ledger.Benchmarks;

/// <summary>The QBO journal CSV of 1,000 two-line journals (a month of a busy tenant), memos with commas and quotes.</summary>
[MemoryDiagnoser]
public class QboExportBenchmarks
{
    static readonly ChartAccount[] Chart =
    [
        new("1000", "Business Checking", AccountType.Asset),
        new("6200", "Meals, \"Client\" Lunches", AccountType.Expense, "Travel"),
        new("6300", "Office Supplies", AccountType.Expense),
    ];
    QboJournal[] journals = [];

    [GlobalSetup]
    public void Setup() => journals = Enumerable.Range(1, 1_000).Select(i =>
    {
        var amount = 10m + i % 500 + i % 100 / 100m;
        var memo = i % 3 == 0 ? $"LUNCH, \"TEAM\" #{i}" : $"STAPLES {i:00000}";
        var expense = i % 3 == 0 ? "6200" : "6300";
        return new QboJournal($"JE-{i:0000}", new LocalDate(2026, 11, 1).PlusDays(i % 30), memo,
            [new JournalLine(expense, amount, 0m, memo), new JournalLine("1000", 0m, amount, memo)]);
    }).ToArray();

    [Benchmark]
    public int Write1000Journals() => QboJournalCsv.Write(journals, Chart, "MM/dd/yyyy").Length;
}
