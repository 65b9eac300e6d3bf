using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Review;
using Marten;
using Marten.Exceptions;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Ledger.Api.Review;

/// <summary>
/// The frame every reviewer act runs in: replay by Idempotency-Key, the acts themselves, one SaveChanges, and failures
/// answered with the transaction's current state (409 when someone else changed it, 400 when the act does not fit it).
/// </summary>
public static class ReviewActs
{
    public static async Task<IResult> RunAsync(HttpRequest request, IDocumentSession session, IDocumentStore store, ClaimsPrincipal user,
        IClock clock, Func<ReviewSession, Task<object?>> acts, CancellationToken ct)
    {
        var key = Idempotency.KeyOf(request);
        if (key is not null && await Idempotency.ReplayAsync(session, request, key, ct) is { } replay) return replay;

        var review = await ReviewSession.OpenAsync(session, user, clock, ct);
        try
        {
            var answer = await acts(review);
            if (answer is null) return NotFound(review.CurrentId);
            if (key is not null)
            {
                var json = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
                Idempotency.Remember(session, request, key, StatusCodes.Status200OK, answer, json, review.Now);
            }
            await session.SaveChangesAsync(ct);
            return Results.Ok(answer);
        }
        catch (Exception e) when (e is JasperFx.ConcurrencyException or StreamLockedException)
        {
            session.EjectAllPendingChanges();
            // The stream that moved: the one acted on, or the other leg of its transfer (written in the same act).
            var changed = e is JasperFx.ConcurrencyException { Id: string stream } ? stream : review.CurrentId;
            return await WithCurrentState(store, user, changed, StatusCodes.Status409Conflict, "Changed by someone else",
                $"Transaction {changed} changed since you saw it; nothing was recorded. Review its current state and act again.", ct);
        }
        catch (ReviewRefusedException e)
        {
            session.EjectAllPendingChanges();
            return await WithCurrentState(store, user, review.CurrentId, StatusCodes.Status400BadRequest, "Not allowed in this state", e.Message, ct);
        }
        catch (JasperFx.DocumentAlreadyExistsException) when (key is not null)
        {
            // The same key raced in twice: the other request acted first, so answer with what it answered.
            session.EjectAllPendingChanges();
            await using var fresh = store.QuerySession(user.TenantId());
            return await Idempotency.ReplayAsync(fresh, request, key, ct) ?? throw new InvalidOperationException("Idempotent answer vanished.");
        }
        catch (DomainException)
        {
            session.EjectAllPendingChanges();   // e.g. a bad account in the third of five bulk items: nothing of the request is kept
            throw;
        }
    }

    static IResult NotFound(string? id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown transaction", detail: $"There is no transaction '{id}'.");

    static async Task<IResult> WithCurrentState(IDocumentStore store, ClaimsPrincipal user, string? id, int status, string title, string detail, CancellationToken ct)
    {
        await using var query = store.QuerySession(user.TenantId());
        var current = id is null ? null : await TransactionStates.LoadAsync(query, id, ct);
        if (current is null) return NotFound(id);
        return Results.Problem(statusCode: status, title: title, detail: detail, extensions: new Dictionary<string, object?> { ["current"] = current });
    }

    /// <summary>The version the client saw is required: an act without it could silently overwrite someone else's.</summary>
    public static int RequireVersion(int? version) =>
        version ?? throw new DomainException("version (the transaction's stream version from the queue or explain) is required.");
}
