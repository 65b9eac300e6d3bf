using System.Globalization;
using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Api.Review;
using Ledger.Domain.Review;
using Ledger.Domain.Tenants;
using Ledger.Projections.Review;
using Marten;
using NodaTime;

namespace Ledger.Jobs.Commands.Review;

/// <summary>One row of a truth file: the account a bookkeeper would book that bank line to.</summary>
public sealed record TruthRow(LocalDate Date, string Description, decimal Amount, string Account, string BankAccount);

public sealed record SimulatedReviews(int Queued, int Approved, int Recategorized, int Unmatched, int Refused);

/// <summary>
/// Answers a shadow tenant's review queue with known true accounts, the way the pilot's reviewers would: approve when
/// the proposal is right, recategorize to the true account when not. It runs the reviewer acts' own code
/// (<see cref="ReviewSession"/> and the domain's review decider), so the events, entries and labels are
/// exactly what the HTTP endpoints record; only the HTTP frame (idempotency key, problem answers) is left out.
/// </summary>
public static class ReviewerSimulation
{
    /// <summary>Reads date,description,amount,account,bank_account (the labelled-history format).</summary>
    public static List<TruthRow> ReadTruth(TextReader reader)
    {
        var rows = new List<TruthRow>();
        reader.ReadLine();   // header
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var f = line.Split(',');
            rows.Add(new TruthRow(LocalDate.FromDateTime(DateTime.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture)), f[1],
                decimal.Parse(f[2], CultureInfo.InvariantCulture), f[3], f[4]));
        }
        return rows;
    }

    public static async Task<SimulatedReviews> RunAsync(IDocumentStore store, string tenantId, IReadOnlyList<TruthRow> truth, string reviewer,
        IClock clock, CancellationToken ct, IProgress<double>? progress = null)
    {
        List<ReviewQueueItem> queue;
        await using (var query = store.QuerySession(tenantId))
            queue = (await query.Query<ReviewQueueItem>().ToListAsync(ct)).OrderBy(q => q.PostedOnDay).ThenBy(q => q.Id, StringComparer.Ordinal).ToList();

        // A bank line is identified by its account, day and amount; same-day twins are told apart by their text.
        var pool = truth.GroupBy(t => (t.BankAccount, t.Date, t.Amount)).ToDictionary(g => g.Key, g => g.ToList());
        var user = Reviewer(tenantId, reviewer);
        int approved = 0, recategorized = 0, unmatched = 0, refused = 0;
        foreach (var (item, index) in queue.Select((q, i) => (q, i)))
        {
            progress?.Report(index);
            var answer = Take(pool, item);
            if (answer is null) { unmatched++; continue; }
            await using var session = store.LightweightSession(tenantId);
            session.LastModifiedBy = reviewer;
            var review = await ReviewSession.OpenAsync(session, user, clock, ct);
            var version = (int)((await session.Events.FetchStreamStateAsync(item.Id, ct))?.Version ?? 0);
            var right = answer.Account == item.ProposedAccountCode;
            try
            {
                await review.ActAsync(item.Id, version, right ? new ReviewCommand.Approve() : new ReviewCommand.Recategorize(answer.Account), ct);
                await session.SaveChangesAsync(ct);
                if (right) approved++; else recategorized++;
            }
            catch (Ledger.Domain.DomainException e)
            {
                // e.g. a true account that is the line's own bank account: a real reviewer would exclude it instead.
                Console.Error.WriteLine($"  {item.Id} ({item.Payee} {item.Amount}): {e.Message}");
                refused++;
            }
        }
        return new SimulatedReviews(queue.Count, approved, recategorized, unmatched, refused);
    }

    static TruthRow? Take(Dictionary<(string, LocalDate, decimal), List<TruthRow>> pool, ReviewQueueItem item)
    {
        if (!pool.TryGetValue((item.BankAccountCode, item.PostedOn, item.Amount), out var candidates) || candidates.Count == 0) return null;
        var payee = Letters(item.Payee);
        // OFX names are cut at 32 characters, so compare the common prefix rather than the whole text.
        var best = candidates.OrderByDescending(c => CommonPrefix(Letters(c.Description), payee)).First();
        candidates.Remove(best);
        return best;
    }

    static string Letters(string s) => new(s.ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());

    static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    static ClaimsPrincipal Reviewer(string tenantId, string name) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, name), new Claim(LedgerClaims.Role, Roles.Reviewer), new Claim(LedgerClaims.Tenant, tenantId)], "simulation"));
}
