using Ledger.Domain.Tenants;
using Marten.Events.Projections;
using NodaTime;

namespace Ledger.Projections.Tenants;

/// <summary>The lookup the authentication handler uses: token hash → tenant and role. Never holds the token itself.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }
    public string TokenHash { get; set; } = "";
    public string TenantId { get; set; } = "";
    public string Role { get; set; } = "";
    public string IssuedTo { get; set; } = "";
    public Instant IssuedAt { get; set; }
    public Instant? RevokedAt { get; set; }
    public bool IsRevoked => RevokedAt is not null;
}

public partial class ApiTokenProjection : MultiStreamProjection<ApiToken, Guid>
{
    public ApiTokenProjection()
    {
        Identity<ApiTokenIssued>(e => e.TokenId);
        Identity<ApiTokenRevoked>(e => e.TokenId);
    }

    public ApiToken Create(JasperFx.Events.IEvent<ApiTokenIssued> e) => new()
    {
        Id = e.Data.TokenId, TokenHash = e.Data.TokenHash, TenantId = e.TenantId, Role = e.Data.Role,
        IssuedTo = e.Data.IssuedTo, IssuedAt = e.Data.At,
    };

    public void Apply(ApiToken token, ApiTokenRevoked e) => token.RevokedAt = e.At;
}
