using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Accounts;
using Ledger.Domain.Categorization;
using Ledger.Domain.Decisions;
using Ledger.Domain.Review;
using Ledger.Projections.Review;
using Ledger.Projections.Tenants;
using Marten;
using NodaTime;

namespace Ledger.Api.Review;

/// <summary>The answer to one reviewer act: the transaction's state and stream version after it.</summary>
public sealed record ReviewActResult(string TransactionId, int Version, string Status, Guid? EntryId, IReadOnlyList<string> Recorded);

/// <summary>
/// One reviewer's unit of work: acts on one or more transactions, their labels and any rule change, all saved by
/// the caller in one SaveChanges so a request either happens whole or not at all.
/// </summary>
public sealed class ReviewSession
{
    public IDocumentSession Session { get; }
    public Tenant Tenant { get; }
    public string By { get; }
    public Instant Now { get; }
    /// <summary>The transaction being acted on, so a failure can be reported with its current state.</summary>
    public string? CurrentId { get; private set; }
    readonly ReviewLabels labels;
    Ledger.Domain.Close.ClosedPeriods? closedPeriods;

    ReviewSession(IDocumentSession session, Tenant tenant, string by, Instant now)
    {
        Session = session; Tenant = tenant; By = by; Now = now; labels = new ReviewLabels(session);
    }

    public static async Task<ReviewSession> OpenAsync(IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(session.TenantId, ct) ?? throw new DomainException("Unknown tenant.");
        return new ReviewSession(session, tenant, user.UserName(), clock.GetCurrentInstant());
    }

    /// <summary>Checks the version the reviewer saw and the state, then appends what <paramref name="decide"/> returns.</summary>
    /// <returns>null when there is no such transaction in this tenant.</returns>
    public async Task<ReviewActResult?> ActAsync(string id, int version, ReviewAct act, Func<ReviewState, IReadOnlyList<object>> decide, CancellationToken ct)
    {
        CurrentId = id;
        var stream = await Session.Events.FetchForWriting<ReviewableTransaction>(id, version, ct);
        if (stream.Aggregate?.State is not { } state) return null;
        ReviewPolicy.Require(state, act);
        var events = decide(state);
        (closedPeriods ??= await Ledger.Api.Close.ClosedPeriodsLoader.LoadAsync(Session, ct)).RequireOpen(events);
        stream.AppendMany(events);
        foreach (var label in events.OfType<TransactionLabelled>()) await labels.AddAsync(label, ct);
        var after = events.Aggregate(state, (s, e) => s.Evolve(e));
        return new ReviewActResult(id, version + events.Count, after.Status, after.Entry?.EntryId, events.Select(e => e.GetType().Name).ToList());
    }

    /// <summary>Rule promotion and retirement from this request's labels; call once, after the last act.</summary>
    public Task ApplyRuleChangesAsync(CancellationToken ct) => labels.ApplyRuleChangesAsync(Tenant.Limits.ColdStartMinLabels, Now, ct);

    /// <summary>A category for the transaction: in the chart and not the bank account the money moved through.</summary>
    public ChartAccount Category(ReviewState s, string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainException("accountCode is required.");
        var account = Tenant.Account(code.Trim()) ?? throw new DomainException($"Account {code} is not in the chart.");
        if (account.Code == s.BankAccountCode) throw new DomainException($"Account {code} is the transaction's own bank account.");
        return account;
    }

    public ChartAccount Bank(ReviewState s) =>
        Tenant.Account(s.BankAccountCode) ?? throw new DomainException($"Bank account {s.BankAccountCode} is not in the chart.");

    public JournalEntryPosted Post(ReviewState s, IReadOnlyList<JournalLine> lines, string reason)
    {
        // The lines builders already refuse unbalanced input; this guards any future caller that builds its own.
        if (!JournalLines.IsBalanced(lines)) throw new DomainException($"The entry for {s.TransactionId} does not balance.");
        return new JournalEntryPosted(Guid.NewGuid(), s.TransactionId, s.PostedOn, lines, s.Payee, By, reason, Now);
    }

    /// <summary>The reviewer's answer as a label, so vendor stats, rules and the next training learn from it.</summary>
    public TransactionLabelled Label(ReviewState s, string accountCode) => new(
        s.TransactionId, s.VendorKey ?? Categorizer.VendorKeyOf(new CategorizationInput(s.TransactionId, s.Payee, s.Memo, s.Amount, s.BankAccountCode)),
        s.Payee, s.Memo, s.Amount, s.BankAccountCode, accountCode, LabelSources.Review, By, s.PostedOn, Now);
}
