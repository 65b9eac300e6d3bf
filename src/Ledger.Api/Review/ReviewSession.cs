using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Lifecycle;
using Ledger.Domain.Review;
using Ledger.Projections.Review;
using Ledger.Projections.Tenants;
using Marten;
using JasperFx.Events;
using NodaTime;

namespace Ledger.Api.Review;

/// <summary>The answer to one reviewer act: the transaction's state and stream version after it.</summary>
/// <param name="EntryId">The live entry that books the transaction: its own, or for a covered transfer leg the other leg's.</param>
/// <param name="Slip">When the answer contradicts strong evidence: "did you mean 6200 Meals (12 of 12 earlier)?" and the evidence;
/// POST .../confirm keeps the answer, a recategorize corrects it.</param>
public sealed record ReviewActResult(string TransactionId, int Version, string Status, Guid? EntryId, IReadOnlyList<string> Recorded, SlipQuestion? Slip = null);

/// <summary>A suspected slip as the reviewer is asked about it.</summary>
public sealed record SlipQuestion(string Question, string AnsweredAccount, SlipEvidence Evidence)
{
    public static SlipQuestion? Of(SlipSuspected? s) => s is null ? null : new(s.Evidence.Question, s.AnsweredAccount, s.Evidence);
}

/// <summary>
/// One reviewer's unit of work: acts on one or more transactions, all saved by the caller in one SaveChanges so a request
/// happens whole or not at all. It writes only the transactions' own streams: what the tenant learns from the labels
/// (vendor stats, inline and conflict-free; rules and retraining, through the labels relay) never fails an act. Each act loads the transaction (and the other leg of its transfer), calls the pure
/// <see cref="ReviewDecider"/> and appends what it returns. Every stream written is checked at commit against the
/// version it was decided on: the one the reviewer sent for the transaction acted on, the one read for the other leg.
/// Job commands use this too (simulate-reviews), so they record exactly what the HTTP endpoints record.
/// </summary>
public sealed class ReviewSession
{
    public IDocumentSession Session { get; }
    public Tenant Tenant { get; }
    public string By { get; }
    public Instant Now { get; }
    /// <summary>The transaction being acted on, so a failure can be reported with its current state.</summary>
    public string? CurrentId { get; private set; }
    readonly Dictionary<string, (IEventStream<ReviewableTransaction> Stream, TransactionLifecycle State, int Appended)> streams = [];
    Ledger.Domain.Close.ClosedPeriods? closedPeriods;

    ReviewSession(IDocumentSession session, Tenant tenant, string by, Instant now)
    {
        Session = session; Tenant = tenant; By = by; Now = now;
    }

    public static async Task<ReviewSession> OpenAsync(IDocumentSession session, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        var tenant = await session.LoadAsync<Tenant>(session.TenantId, ct) ?? throw new DomainException("Unknown tenant.");
        return new ReviewSession(session, tenant, user.UserName(), clock.GetCurrentInstant());
    }

    /// <summary>Checks the version the reviewer saw, decides the act and appends its events.</summary>
    /// <returns>null when there is no such transaction in this tenant.</returns>
    public async Task<ReviewActResult?> ActAsync(string id, int version, ReviewCommand command, CancellationToken ct)
    {
        CurrentId = id;
        if (await FetchAsync(id, version, ct) is not { } state) return null;
        var other = state.Transfer is { } pair ? await FetchAsync(pair.CounterpartTransactionId, null, ct) : null;
        closedPeriods ??= await Ledger.Api.Close.PeriodCloseTurn.ShareAsync(Session, Tenant, ct);
        // The vendor's labels as committed (inline stats): the slip rule checks an answer against them.
        var vendor = state.VendorKey ?? Ledger.Domain.Categorization.Categorizer.VendorKeyOf(new(state.TransactionId, state.Payee, state.Memo, state.Amount, state.BankAccountCode));
        var history = (await Session.LoadAsync<Ledger.Projections.Categorization.VendorStats>(vendor, ct))?.ToStats().Labels;
        var outcome = ReviewDecider.Decide(state, other, command,
            new ReviewFacts(Tenant.Chart, By, Now, Guid.NewGuid(), Guid.NewGuid()) { Closed = closedPeriods, VendorHistory = history });
        Append(id, outcome.Events);
        if (outcome.CounterpartId is { } counterpart) Append(counterpart, outcome.CounterpartEvents);

        var (stream, after, appended) = streams[id];
        return new ReviewActResult(id, (int)(stream.StartingVersion ?? 0) + appended, after.Status, after.EntryId ?? outcome.AnswerEntryId ?? after.CoveringEntryId,
            outcome.Events.Select(e => e.GetType().Name).ToList(), SlipQuestion.Of(outcome.Events.OfType<SlipSuspected>().FirstOrDefault()));
    }

    /// <summary>
    /// The transaction's state with what this request already appended to it. Each stream is fetched for writing once per
    /// request; a version sent for a stream fetched earlier (as another item's transfer leg) must be the one it was read at.
    /// </summary>
    async Task<TransactionLifecycle?> FetchAsync(string id, int? version, CancellationToken ct)
    {
        if (streams.TryGetValue(id, out var known))
        {
            if (version is { } v && v != (known.Stream.StartingVersion ?? 0))
                throw new JasperFx.ConcurrencyException($"Transaction {id} is at version {known.Stream.StartingVersion ?? 0}, not {v}.", null);
            return known.State;
        }
        var stream = version is { } expected
            ? await Session.Events.FetchForWriting<ReviewableTransaction>(id, expected, ct)
            : await Session.Events.FetchForWriting<ReviewableTransaction>(id, ct);
        if (stream.Aggregate?.State is not { } state) return null;
        streams[id] = (stream, state, 0);
        return state;
    }

    void Append(string id, IReadOnlyList<object> events)
    {
        if (events.Count == 0) return;
        var (stream, state, appended) = streams[id];
        stream.AppendMany(events);
        streams[id] = (stream, events.Aggregate(state, (s, e) => s.Evolve(e)), appended + events.Count);
    }
}
