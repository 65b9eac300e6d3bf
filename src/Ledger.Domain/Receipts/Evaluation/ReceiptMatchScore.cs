using Ledger.Domain.Receipts.Matching;
using NodaTime;

namespace Ledger.Domain.Receipts.Evaluation;

/// <summary>How the batch matcher did on a generated set: automatic matches right and wrong, and what it left to a person.</summary>
public sealed record ReceiptMatchScore(int Receipts, int WithLine, int Matched, int Correct, int Ambiguous, int AmbiguousWithTrueLine, int Unmatched,
    int FalseOnNoLine)
{
    public double Precision => Matched == 0 ? 0 : (double)Correct / Matched;
    public double Recall => WithLine == 0 ? 0 : (double)Correct / WithLine;

    public static ReceiptMatchScore Of(IReadOnlyList<MatchCandidate> lines, IReadOnlyList<GeneratedReceipt> receipts, MatchOptions options)
    {
        var results = ReceiptBatchMatcher.Match(receipts.Select(r => r.Receipt), lines, new HashSet<string>(), options, Instant.FromUtc(2020, 1, 1, 0, 0));
        int matched = 0, correct = 0, ambiguous = 0, ambiguousTrue = 0, none = 0, falseNoLine = 0;
        foreach (var r in receipts)
        {
            var result = results[r.Receipt.Id];
            if (result.Matched is { } m)
            {
                matched++;
                if (m.TransactionId == r.TrueTransactionId) correct++;
                if (r.TrueTransactionId is null) falseNoLine++;
            }
            else if (result.Outcome.IsAmbiguous)
            {
                ambiguous++;
                if (result.Outcome.Possible.Any(p => p.TransactionId == r.TrueTransactionId)) ambiguousTrue++;
            }
            else none++;
        }
        return new(receipts.Count, receipts.Count(r => r.TrueTransactionId is not null), matched, correct, ambiguous, ambiguousTrue, none, falseNoLine);
    }

    public static ReceiptMatchScore Sum(IEnumerable<ReceiptMatchScore> scores) => scores.Aggregate(new ReceiptMatchScore(0, 0, 0, 0, 0, 0, 0, 0), (a, b) =>
        new(a.Receipts + b.Receipts, a.WithLine + b.WithLine, a.Matched + b.Matched, a.Correct + b.Correct, a.Ambiguous + b.Ambiguous,
            a.AmbiguousWithTrueLine + b.AmbiguousWithTrueLine, a.Unmatched + b.Unmatched, a.FalseOnNoLine + b.FalseOnNoLine));
}
