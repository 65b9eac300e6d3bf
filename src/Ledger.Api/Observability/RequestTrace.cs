using System.Diagnostics;

namespace Ledger.Api.Observability;

/// <summary>
/// The one trace id a request is known by: ProblemDetails bodies and the request's log line both use it,
/// so a client's error report leads straight to the log line.
/// </summary>
public static class RequestTrace
{
    public static string Id(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
}
