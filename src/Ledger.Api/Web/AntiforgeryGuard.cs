using Ledger.Api.Auth;
using Microsoft.AspNetCore.Antiforgery;

namespace Ledger.Api.Web;

/// <summary>
/// A request signed in by the session cookie that could change something (anything but GET, HEAD, OPTIONS, TRACE) must
/// carry the page's antiforgery token in <see cref="HeaderName"/>; without it the request is refused before any endpoint
/// runs. Bearer-token clients are untouched: a browser never adds an Authorization header to another site's request.
/// </summary>
public sealed class AntiforgeryGuard(RequestDelegate next)
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (context.User.ViaSessionCookie() && !IsSafe(context.Request.Method) && !await antiforgery.IsRequestValidAsync(context))
        {
            await ProblemResponses.Write(context, StatusCodes.Status403Forbidden, "Cross-site request refused",
                $"A request signed in with the pages' cookie must carry the page's antiforgery token ({HeaderName}); nothing was recorded.");
            return;
        }
        await next(context);
    }

    public static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
