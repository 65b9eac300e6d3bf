using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Ledger.Api.Import;

public static class ImportStatementEndpoint
{
    /// <summary>
    /// Multipart upload: <c>file</c> (OFX, QFX or CSV) and <c>bankAccount</c> (chart code of an asset or liability account);
    /// optional <c>ofxAccountId</c> when the file holds statements of several accounts.
    /// </summary>
    [WolverinePost("/api/imports"), Authorize(Policy = Policies.Reviewer)]
    public static async Task<IResult> Post(HttpRequest request, StatementImporter importer, ImportLimits limits, ClaimsPrincipal user, CancellationToken ct)
    {
        if (request.ContentLength > limits.MaxFileBytes + 1024 * 1024)
            throw new StatementTooLargeException($"The upload is larger than the {limits.MaxFileBytes / 1024 / 1024} MB import limit.");
        if (!request.HasFormContentType) throw new FieldRefusedException("file", "Send the statement as multipart/form-data with fields 'file' and 'bankAccount'.");
        var form = await request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? throw new FieldRefusedException("file", "The form has no 'file' field holding the statement.");
        var bankAccount = form["bankAccount"].ToString();
        if (bankAccount.Length == 0) throw new FieldRefusedException("bankAccount", "The form has no 'bankAccount' field (the chart code of the bank or card account).");
        var ofxAccount = form["ofxAccountId"].ToString();

        await using var content = file.OpenReadStream();
        var result = await importer.ImportAsync(new ImportRequest(user.TenantId(), bankAccount, file.FileName, content, user.UserName(),
            ofxAccount.Length > 0 ? ofxAccount : null), ct);
        return Results.Ok(result);
    }
}
