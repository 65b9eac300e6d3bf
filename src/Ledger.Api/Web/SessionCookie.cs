namespace Ledger.Api.Web;

/// <summary>
/// The pages' sign-in: the API token itself, in a cookie script cannot read (HttpOnly), that no other site's page sends
/// (SameSite=Strict) and that travels only over https when the page came over https. The token already is a 256-bit
/// secret looked up by hash on every request, so revoking it ends the session at once; nothing else is kept on the server.
/// </summary>
public static class SessionCookie
{
    public const string Name = "ledger_session";

    public static string? ReadToken(HttpContext context) =>
        context.Request.Cookies.TryGetValue(Name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static void Write(HttpContext context, string token) => context.Response.Cookies.Append(Name, token, Options(context));

    public static void Delete(HttpContext context) => context.Response.Cookies.Delete(Name, Options(context));

    static CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = "/",
        IsEssential = true,
    };
}
