using System.Reflection;
using Microsoft.Net.Http.Headers;

namespace Ledger.Api.Web;

/// <summary>
/// The reviewers', operators' and auditors' pages: static HTML, one stylesheet and plain scripts compiled into this assembly
/// (no CDN, no front-end build), reading and acting through the same JSON endpoints as every other client. A page holds
/// no data itself, so it answers everyone; its script asks /session and sends a visitor who is not signed in to /signin.
/// </summary>
public static class Pages
{
    static readonly Assembly Assembly = typeof(Pages).Assembly;

    static readonly Dictionary<string, string> Routes = new()
    {
        ["/signin"] = "signin.html",
        ["/review"] = "review.html",
        ["/ops"] = "ops.html",
        ["/audit"] = "audit.html",
        ["/reconcile"] = "reconcile.html",
    };

    static readonly Dictionary<string, string> ContentTypes = new()
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    public static WebApplication MapLedgerPages(this WebApplication app)
    {
        app.MapPageSession();
        app.MapGet("/", () => Results.Redirect("/review")).AllowAnonymous().ExcludeFromDescription();
        foreach (var (route, file) in Routes)
            app.MapMethods(route, ["GET", "HEAD"], (HttpContext context, CancellationToken ct) => Serve(context, file, noStore: true)).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/ui/{file}", (HttpContext context, string file) => Serve(context, file, noStore: false)).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    static async Task<IResult> Serve(HttpContext context, string file, bool noStore)
    {
        await using var stream = Assembly.GetManifestResourceStream("ui/" + file);
        if (stream is null || !ContentTypes.TryGetValue(Path.GetExtension(file), out var type)) return Results.NotFound();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, context.RequestAborted);
        var headers = context.Response.Headers;
        // Scripts and styles come from this origin only (no inline script), and no other site may frame a page.
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = noStore ? "no-store" : "no-cache";
        return Results.Bytes(buffer.ToArray(), type);
    }
}
