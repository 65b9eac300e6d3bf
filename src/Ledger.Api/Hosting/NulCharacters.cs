using System.Text.Json;

namespace Ledger.Api.Hosting;

/// <summary>
/// PostgreSQL cannot hold a NUL character, neither in jsonb nor as a text parameter, so a request carrying one failed deep
/// in a write or a query with a 500 (issue #16: the tenant attack suite found 19 such endpoints). It is refused at the door
/// instead, with a 400 naming the query parameter or JSON property that holds it. (A string converter would do it for JSON
/// too, but it blanks every string in the OpenAPI document.)
/// </summary>
public sealed class NulCharacters(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if ((QueryField(context.Request) ?? await JsonFieldAsync(context.Request)) is { } field)
        {
            await ProblemResponses.Write(context, StatusCodes.Status400BadRequest, "Request refused", $"{field}: holds a NUL character.",
                new() { ["errors"] = new[] { new { field, message = "holds a NUL character" } } });
            return;
        }
        await next(context);
    }

    static string? QueryField(HttpRequest request)
    {
        var raw = request.QueryString.Value;
        if (raw is null || !(raw.Contains("%00") || raw.Contains('\0'))) return null;
        return request.Query.FirstOrDefault(q => q.Value.Any(v => v?.Contains('\0') == true)).Key;
    }

    static async Task<string?> JsonFieldAsync(HttpRequest request)
    {
        if (request.HasJsonContentType() is false || request.ContentLength == 0) return null;
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        // JSON can only write a NUL as the escape \u0000: look for the property whose value holds one.
        if (buffer.Length == 0 || buffer.GetBuffer().AsSpan(0, (int)buffer.Length).IndexOf("u0000"u8) < 0) return null;
        try
        {
            var reader = new Utf8JsonReader(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            var property = "$";
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName) property = reader.GetString() ?? "$";
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.GetString()?.Contains('\0') == true) return property;
            }
        }
        catch (JsonException)
        {
            // Not JSON after all: the endpoint's binder refuses it with its own 400.
        }
        return null;
    }
}
