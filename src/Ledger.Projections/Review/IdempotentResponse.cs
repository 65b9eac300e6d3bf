using NodaTime;

namespace Ledger.Projections.Review;

/// <summary>
/// The first answer to a request sent with an Idempotency-Key. Written in the same transaction as the act it
/// answers, so a retry either finds the act done and this answer, or neither. Documents are per tenant, so the key
/// only has to be unique within one client.
/// </summary>
public sealed class IdempotentResponse
{
    public string Id { get; set; } = "";
    public string Method { get; set; } = "";
    public string Path { get; set; } = "";
    public int Status { get; set; }
    public string Body { get; set; } = "";
    public Instant At { get; set; }
}
