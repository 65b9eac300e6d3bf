using Ledger.Domain.Receipts.Reading;

namespace Ledger.Api.Receipts;

public static class ReceiptProblems
{
    /// <summary>400 (or 413 for size) with errors[{file, line, field, message}], the shape a refused statement has.</summary>
    public static IResult Refused(ReceiptRefusedException e) => Results.Problem(
        statusCode: e.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest,
        title: e.TooLarge ? "Receipt too large" : "Receipt refused",
        detail: e.Message,
        extensions: new Dictionary<string, object?> { ["errors"] = new[] { new { file = e.File, line = e.Line, field = e.Field, message = e.Reason } } });

    public static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown receipt", detail: $"There is no receipt '{id}'.");
}
