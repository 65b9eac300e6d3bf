using NodaTime;

namespace Ledger.Domain.Receipts.Matching;

/// <summary>A bank or card line a receipt may support. Amount as the bank stated it: negative = money out (or a card charge).</summary>
/// <param name="Currency">The statement's currency when the bank named one (OFX CURDEF, a CSV column); null otherwise.</param>
public sealed record MatchCandidate(string TransactionId, string BankAccountCode, LocalDate PostedOn, decimal Amount, string Payee, string? Currency);

/// <summary>How well one receipt fits one line, 0..1, with a reason per part of the score.</summary>
public sealed record CandidateScore(string TransactionId, double Score, IReadOnlyList<string> Reasons);

/// <param name="DaysBefore">How many days before the receipt's date a line may post (a pre-authorised charge).</param>
/// <param name="DaysAfter">How many days after it (cards post a few days later; a tip is added when the restaurant closes its batch).</param>
/// <param name="MaxTipRate">The largest tip, as a share of the receipt total, a restaurant line may carry on top of it.</param>
/// <param name="AutoMatchScore">The score an automatic match needs.</param>
/// <param name="Margin">How far ahead of the next candidate the best one must be to be unambiguous.</param>
public sealed record MatchOptions(int DaysBefore, int DaysAfter, decimal MaxTipRate, double AutoMatchScore, double Margin)
{
    public static readonly MatchOptions Default = new(DaysBefore: 1, DaysAfter: 6, MaxTipRate: 0.30m, AutoMatchScore: 0.70, Margin: 0.15);
}

/// <summary>The matcher's verdict for one receipt: one match, several possible ones, or nothing in reach.</summary>
public sealed record MatchOutcome(CandidateScore? Match, IReadOnlyList<CandidateScore> Possible)
{
    public bool IsAmbiguous => Match is null && Possible.Count > 0;
}
