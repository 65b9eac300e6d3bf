using System.Text.Json;
using Ledger.Domain;
using Ledger.Domain.Statements;
using Microsoft.AspNetCore.Diagnostics;

namespace Ledger.Api.Hosting;

/// <summary>Turns refusals into ProblemDetails a client can act on; anything else stays a 500 with a trace id.</summary>
public sealed class LedgerExceptionHandler(ILogger<LedgerExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is StatementFormatException refused)
        {
            // Name every bad row: file, line (or OFX transaction) and field.
            await ProblemResponses.Write(context, StatusCodes.Status400BadRequest, "Statement refused", refused.Message,
                new() { ["errors"] = refused.Errors.Take(100).ToList() });
            return true;
        }
        if (exception is FieldRefusedException field)
        {
            // The same errors[{field, message}] shape a refused statement has, so a client handles both one way.
            await ProblemResponses.Write(context, StatusCodes.Status400BadRequest, "Request refused", field.Message,
                new() { ["errors"] = new[] { new { field = field.Field, message = field.Reason } } });
            return true;
        }
        var (status, title) = Classify(exception);
        if (status == StatusCodes.Status500InternalServerError) logger.LogError(exception, "Unhandled error on {Path}", context.Request.Path);
        var detail = status == StatusCodes.Status500InternalServerError ? "The error was logged with this trace id." : exception.Message;
        await ProblemResponses.Write(context, status, title, detail);
        return true;
    }

    /// <summary>The status and title a request failing with this exception answers (the fuzzer checks imports against it).</summary>
    public static (int Status, string Title) Classify(Exception exception) => exception switch
    {
        StatementFormatException => (StatusCodes.Status400BadRequest, "Statement refused"),
        FieldRefusedException => (StatusCodes.Status400BadRequest, "Request refused"),
        Ledger.Api.Import.StatementTooLargeException => (StatusCodes.Status413PayloadTooLarge, "Statement too large"),
        DomainException => (StatusCodes.Status400BadRequest, "Request refused"),
        JsonException or BadHttpRequestException => (StatusCodes.Status400BadRequest, "Malformed request"),
        // Two requests starting the same stream at once (a first policy change, say): the second lost a race, a 409, not a 500.
        JasperFx.ConcurrencyException or Marten.Exceptions.StreamLockedException or Marten.Exceptions.ExistingStreamIdCollisionException
            => (StatusCodes.Status409Conflict, "Changed by someone else"),
        _ => (StatusCodes.Status500InternalServerError, "Unexpected error"),
    };
}
