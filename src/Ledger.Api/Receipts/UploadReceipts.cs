using System.Globalization;
using System.Security.Claims;
using Ledger.Api.Auth;
using Ledger.Domain;
using Ledger.Domain.Receipts.Reading;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using NodaTime.Text;
using Wolverine.Http;

namespace Ledger.Api.Receipts;

public static class UploadReceiptsEndpoint
{
    /// <summary>
    /// Multipart: one or more <c>file</c> fields, each a receipt or a zip of receipts; with a single receipt, optional
    /// <c>merchant</c>, <c>date</c>, <c>total</c>, <c>tax</c>, <c>currency</c> fields give what a photo cannot tell.
    /// The whole upload is taken or none of it.
    /// </summary>
    [WolverinePost("/api/receipts"), Authorize(Policy = Policies.Reviewer)]
    public static async Task<IResult> Post(HttpRequest request, IDocumentStore store, IConfiguration config, ClaimsPrincipal user, IClock clock, CancellationToken ct)
    {
        var limits = ReceiptLimits.From(config);
        if (request.ContentLength > limits.MaxUploadBytes + 1024 * 1024)
            return ReceiptProblems.Refused(new ReceiptRefusedException("upload", "file", $"is larger than the {limits.MaxUploadBytes / 1024 / 1024} MB a receipt upload may be.", tooLarge: true));
        if (!request.HasFormContentType) throw new DomainException("Send receipts as multipart/form-data with one or more 'file' fields.");
        var form = await request.ReadFormAsync(ct);
        var files = form.Files.GetFiles("file");
        if (files.Count == 0) throw new FieldRefusedException("file", "the form has no 'file' field holding a receipt.");
        try
        {
            var uploads = new List<ReceiptUpload>();
            foreach (var file in files)
            {
                if (file.Length > Math.Max(limits.MaxFileBytes, limits.MaxUploadBytes))
                    throw new ReceiptRefusedException(file.FileName, "file", $"is larger than the {limits.MaxUploadBytes / 1024 / 1024} MB limit.", tooLarge: true);
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                uploads.Add(new ReceiptUpload(file.FileName, buffer.ToArray()));
            }
            var entered = new EnteredFields(Text(form, "merchant"), Date(form, files[0].FileName), Amount(form, "total", files[0].FileName),
                Amount(form, "tax", files[0].FileName), Text(form, "currency"));
            var result = await ReceiptIntake.TakeAsync(store, user.TenantId(), uploads, limits, entered, user.UserName(), "upload", clock.GetCurrentInstant(), ct);
            return Results.Ok(result);
        }
        catch (ReceiptRefusedException e)
        {
            return ReceiptProblems.Refused(e);
        }
    }

    static string? Text(IFormCollection form, string field) => form[field].ToString() is { Length: > 0 } v ? v.Trim() : null;

    static LocalDate? Date(IFormCollection form, string file) => Text(form, "date") is { } v
        ? LocalDatePattern.Iso.Parse(v) is { Success: true } d ? d.Value : throw new ReceiptRefusedException(file, "date", $"'{v}' is not a date (yyyy-MM-dd).")
        : null;

    static decimal? Amount(IFormCollection form, string field, string file) => Text(form, field) is { } v
        ? decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : throw new ReceiptRefusedException(file, field, $"'{v}' is not an amount.")
        : null;
}
