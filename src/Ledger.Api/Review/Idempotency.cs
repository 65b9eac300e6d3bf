using System.Text.Json;
using Ledger.Domain;
using Ledger.Projections.Review;
using Marten;
using NodaTime;

namespace Ledger.Api.Review;

/// <summary>
/// Idempotency-Key handling for reviewer acts: a client that lost the answer (timeout, dropped connection) sends the
/// same request again and gets the first answer back instead of a second act or a confusing 409.
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";

    public static string? KeyOf(HttpRequest request)
    {
        var key = request.Headers[Header].ToString().Trim();
        if (key.Length == 0) return null;
        if (key.Length > 200) throw new DomainException($"{Header} must be at most 200 characters.");
        return key;
    }

    /// <summary>The earlier answer for this key, or null. A key reused for a different request is refused, not replayed.</summary>
    public static async Task<IResult?> ReplayAsync(IQuerySession session, HttpRequest request, string key, CancellationToken ct)
    {
        var earlier = await session.LoadAsync<IdempotentResponse>(key, ct);
        if (earlier is null) return null;
        if (earlier.Method != request.Method || earlier.Path != request.Path.Value)
            throw new DomainException($"{Header} '{key}' was already used for {earlier.Method} {earlier.Path}.");
        return Results.Content(earlier.Body, "application/json", statusCode: earlier.Status);
    }

    /// <summary>Insert, not store: two concurrent first tries with one key cannot both succeed.</summary>
    public static void Remember(IDocumentSession session, HttpRequest request, string key, int status, object body, JsonSerializerOptions json, Instant now) =>
        session.Insert(new IdempotentResponse
        {
            Id = key, Method = request.Method, Path = request.Path.Value ?? "", Status = status,
            Body = JsonSerializer.Serialize(body, json), At = now,
        });
}
