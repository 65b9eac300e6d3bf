using Microsoft.AspNetCore.Mvc;

namespace Ledger.Api;

public static class ProblemResponses
{
    public static Task Write(HttpContext context, int status, string title, string detail, Dictionary<string, object?>? extensions = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path };
        foreach (var (k, v) in extensions ?? []) problem.Extensions[k] = v;
        problem.Extensions["traceId"] = Observability.RequestTrace.Id(context);
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
