using System.Security.Cryptography;
using System.Text;
using Ledger.Api.Auth;
using Ledger.Domain.Export;
using Ledger.Projections.Export;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Net.Http.Headers;
using Wolverine.Http;

namespace Ledger.Api.Export;

public static class GetQboExportFileEndpoint
{
    /// <summary>
    /// The stored file, byte for byte as first produced, for any role of the tenant (auditors included). The session is
    /// the caller's tenant, so another tenant's batch id is simply not found. A file stored before text cells were
    /// neutralised (issue #16) is handed out neutralised, the same bytes every time, with the ETag of those bytes.
    /// </summary>
    [WolverineGet("/api/export/qbo/{batch}/file"), Authorize(Policy = Policies.Reader)]
    public static async Task<IResult> Get(string batch, IQuerySession session, CancellationToken ct)
    {
        var file = await session.LoadAsync<QboExportFile>(batch, ct);
        if (file is null) return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown export batch", detail: $"No export batch '{batch}' in this tenant.");
        var csv = QboJournalCsv.Neutralise(file.Csv);
        var sha = csv == file.Csv ? file.Sha256 : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(csv)));
        return Results.File(Encoding.UTF8.GetBytes(csv), "text/csv", $"{batch}.csv", entityTag: new EntityTagHeaderValue($"\"{sha}\""));
    }
}
