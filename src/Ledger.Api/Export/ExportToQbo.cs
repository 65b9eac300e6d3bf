using System.Security.Claims;
using System.Text.Json;
using Ledger.Api.Auth;
using Ledger.Domain;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Ledger.Api.Export;

/// <summary>Optional JSON body; the same fields may come as query parameters (the body wins).</summary>
public sealed record ExportToQbo(string? From, string? To, string? BankAccount);

public static class ExportToQboEndpoint
{
    public const string KeyHeader = "Idempotency-Key";

    /// <summary>
    /// Exports the posted entries (and reversals) no earlier batch has taken, as a QBO journal-import CSV. The
    /// <c>Idempotency-Key</c> is optional: with one, a retry returns the same batch and bytes; without, each call is a new
    /// batch of whatever is left, so a second call finds nothing new (the export ledger's key keeps racing calls apart).
    /// </summary>
    [WolverinePost("/api/export/qbo"), Authorize(Policy = Policies.Reviewer)]
    public static async Task<IResult> Post(HttpRequest request, IDocumentStore store, ClaimsPrincipal user, IClock clock,
        string? from, string? to, string? bankAccount, CancellationToken ct)
    {
        var key = request.Headers[KeyHeader].ToString().Trim();
        if (key.Length > 200) throw new DomainException($"The {KeyHeader} header is longer than 200 characters.");

        var body = await OptionalBodyAsync(request, ct);
        var filter = new QboExportFilter(
            QueryValues.Date(body?.From ?? from, "from"),
            QueryValues.Date(body?.To ?? to, "to"),
            string.IsNullOrWhiteSpace(body?.BankAccount ?? bankAccount) ? null : (body?.BankAccount ?? bankAccount)!.Trim());
        if (filter.From > filter.To) throw new DomainException($"'from' ({filter.From}) is after 'to' ({filter.To}).");

        var batch = key.Length == 0 ? QboExportRun.NewBatchId() : QboExportRun.BatchIdFor(key);
        var result = await QboExportRun.ExportAsync(store, user.TenantId(), batch, filter, user.UserName(), request.HttpContext.TraceIdentifier,
            clock.GetCurrentInstant(), ct);
        return result is null
            ? Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Export raced",
                detail: "Other exports kept taking the same entries; try again with the same key.")
            : Results.Ok(result);
    }

    /// <summary>Read by hand: a bound body parameter would make the body mandatory, and chunked bodies carry no length.</summary>
    static async Task<ExportToQbo?> OptionalBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasJsonContentType()) return null;
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(ct);
        return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<ExportToQbo>(text, JsonSerializerOptions.Web);
    }
}
