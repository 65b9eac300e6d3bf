using Ledger.Domain.Categorization.Evaluation;
using Ledger.Domain.Tests.Statements;

namespace Ledger.Domain.Tests.Categorization;

/// <summary>The shared Beancount-derived labelled feed, parsed once per test run.</summary>
internal static class BeancountFeed
{
    private static readonly Lazy<IReadOnlyList<FeedRow>> Cached = new(() =>
    {
        using var reader = new StreamReader(Fixtures.Open("labelled/beancount-example/bankfeed_labelled_extended.csv"));
        return LabelledFeedCsv.Parse(reader);
    });

    public static IReadOnlyList<FeedRow> Rows => Cached.Value;
}
