using System.Security.Claims;
using System.Text.Json;
using Ledger.Api.Auth;
using Ledger.Domain.Tenants;
using Ledger.Projections.Tenants;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace Ledger.Api.Tenants;

/// <param name="BooksCurrency">ISO 4217 code the books are kept in (statements in another currency are refused); default USD.</param>
public sealed record OnboardTenantRequest(string? Name, string? Template, string? AdminUser, string? BooksCurrency = null);

public sealed record OnboardTenant(string? Name, string? Template, string AdminUser, string RequestedBy, string? BooksCurrency = null);

/// <summary>The onboarding kit: the tenant's configuration and an .env snippet holding the admin token, shown once.</summary>
public sealed record OnboardingKit(string ConfigJson, string EnvSnippet);

public sealed record TenantOnboardedResponse(
    string TenantId, string Name, string Template, string ChartName, int AccountCount, TenantLimits Limits,
    bool AutopostEnabled, string AdminUser, string AdminToken, OnboardingKit Kit);

public static class OnboardTenantHandler
{
    public static TenantOnboardedResponse Handle(OnboardTenant cmd, IDocumentSession session, IClock clock)
    {
        var result = TenantOnboarding.Decide(cmd.Name, cmd.Template, cmd.AdminUser, cmd.RequestedBy, clock.GetCurrentInstant(), cmd.BooksCurrency);
        session.ForTenant(result.TenantId).Events.StartStream<Tenant>(result.TenantId, result.Onboarded, result.AdminTokenIssued);
        return Respond(result, cmd.AdminUser);
    }

    /// <summary>Account types by name ("Expense"), not their numbers: the kit is read by people and by other tools.</summary>
    static readonly JsonSerializerOptions KitJson = new()
    {
        WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    static TenantOnboardedResponse Respond(OnboardingResult r, string adminUser)
    {
        var e = r.Onboarded;
        var config = JsonSerializer.Serialize(new
        {
            tenantId = r.TenantId, name = e.Name, template = e.Template, chart = e.ChartName, accounts = e.Chart,
            limits = e.Limits, autopostEnabled = false, adminUser,
        }, KitJson);
        var env = $"# {e.Name} ({e.Template}) — keep this file secret: the token is shown only once\nLEDGER_TENANT_ID={r.TenantId}\nLEDGER_API_TOKEN={r.AdminToken}\n";
        return new TenantOnboardedResponse(r.TenantId, e.Name, e.Template, e.ChartName, e.Chart.Count, e.Limits, false, adminUser, r.AdminToken,
            new OnboardingKit(config, env));
    }
}

public static class OnboardTenantEndpoint
{
    [WolverinePost("/api/ops/tenants"), Authorize(Policy = Policies.Operator)]
    public static async Task<IResult> Post(OnboardTenantRequest request, IMessageBus bus, ClaimsPrincipal user)
    {
        var adminUser = string.IsNullOrWhiteSpace(request.AdminUser) ? "admin" : request.AdminUser.Trim();
        var response = await bus.InvokeAsync<TenantOnboardedResponse>(new OnboardTenant(request.Name, request.Template, adminUser, user.UserName(), request.BooksCurrency));
        return Results.Created($"/api/ops/tenants/{response.TenantId}", response);
    }
}
