using System.Text;

namespace Ledger.Integration.Tests.Tenants.Attacks;

public enum AttackKind { NoToken, RevokedToken, ForgedTenantHeader, ForeignIds, OperatorWithoutHeader, Injection }

/// <summary>A tenant as the suite sees it: its tokens, the ids of what it holds (by kind), and text only it can have.</summary>
public sealed record TenantWorld(string TenantId, string AdminToken, string RevokedToken, IReadOnlyDictionary<string, string> Ids, IReadOnlyList<string> Markers);

/// <summary>One request of the suite, and who it is made as (null token = anonymous).</summary>
public sealed record AttackCase(AttackKind Kind, ApiEndpoint Endpoint, string Url, string? Token, string? TenantHeader, Func<HttpContent?> Body,
    TenantWorld Attacker, TenantWorld? Victim, string Detail)
{
    public override string ToString() => $"{Kind} {Endpoint} ({Detail})";
}

/// <summary>
/// Every endpoint of the OpenAPI document × {no token, revoked token, forged X-Ledger-Tenant, the other tenant's ids (both
/// ways), operator without the header, attack strings and oversized values in every text field, query and path parameter}.
/// An endpoint added to the API is in the document, so it is attacked without anyone writing a case for it.
/// </summary>
public sealed class AttackCases(OpenApiEndpoints api, string operatorToken)
{
    public static readonly string[] Payloads =
    [
        "' OR '1'='1' --", "\"; drop table ledger.mt_events; --", "<script>alert(1)</script>", "../../../../etc/passwd", "{{7*7}}${7*7}#{7*7}",
        "\u0000\u001f\u007f", "=HYPERLINK(\"http://evil.example/x\";\"x\")", "\uD800 \uFFFF 𝕏", "%00%2e%2e%2f", new string('A', 100_000), "-99999999999999999999999",
    ];

    static readonly Dictionary<string, string> Kinds = new() { ["tokenId"] = "token", ["ruleId"] = "rule", ["batch"] = "batch", ["clientId"] = "tenant", ["id"] = "transaction" };

    static readonly Dictionary<string, string> Plain = new()
    {
        ["role"] = "auditor", ["issuedTo"] = "eve", ["template"] = "starter", ["name"] = "Attack Co", ["adminUser"] = "mallory", ["accountCode"] = "6300",
        ["reason"] = "duplicate", ["note"] = "n", ["direction"] = "outflow", ["code"] = "6998", ["vendorKey"] = "staples", ["payee"] = "STAPLES",
        ["dateColumn"] = "Date", ["datePattern"] = "yyyy-MM-dd", ["descriptionColumns"] = "Description", ["amountColumn"] = "Amount", ["vendor"] = "staples",
        ["bankAccount"] = "1000", ["from"] = "2026-01-01", ["to"] = "2026-12-31", ["period"] = "30d", ["at"] = "2026-11-05T00:00:00Z", ["sort"] = "date",
        ["dir"] = "asc", ["page"] = "1", ["pageSize"] = "10", ["minAmount"] = "1", ["maxAmount"] = "500", ["minP"] = "0.1", ["maxP"] = "0.9",
    };

    public IEnumerable<AttackCase> For(ApiEndpoint e, TenantWorld a, TenantWorld b)
    {
        var own = Request(e, a, null, null);
        yield return new(AttackKind.NoToken, e, own.Url, null, null, own.Body, a, b, "no Authorization header");
        yield return new(AttackKind.RevokedToken, e, own.Url, a.RevokedToken, null, own.Body, a, b, "a revoked token of A");
        yield return new(AttackKind.ForgedTenantHeader, e, own.Url, a.AdminToken, b.TenantId, own.Body, a, b, "A's admin token naming B");
        if (!e.IsOperatorPath) yield return new(AttackKind.OperatorWithoutHeader, e, own.Url, operatorToken, null, own.Body, a, null, "operator token, no header");
        foreach (var (attacker, victim) in new[] { (a, b), (b, a) })
            foreach (var kind in ForeignKinds(e))
            {
                var foreign = Request(e, attacker, victim, kind);
                yield return new(AttackKind.ForeignIds, e, foreign.Url, attacker.AdminToken, null, foreign.Body, attacker, victim, $"{victim.TenantId}'s {kind} id");
            }
        var token = e.IsOperatorPath ? operatorToken : a.AdminToken;
        foreach (var field in Injectable(e))
            foreach (var (payload, i) in Payloads.Select((p, i) => (p, i)))
            {
                var bad = Request(e, a, null, null, field, payload);
                yield return new(AttackKind.Injection, e, bad.Url, token, null, bad.Body, a, b, $"{field} = payload {i}");
            }
    }

    /// <summary>The kinds of id this endpoint takes (path parameters, an "id" in its body), each a case with the other tenant's id.</summary>
    IEnumerable<string> ForeignKinds(ApiEndpoint e)
    {
        var kinds = e.PathParameters.Select(p => Kinds.GetValueOrDefault(p.Name, "")).Where(k => k.Length > 0).ToHashSet();
        if (e.BodySchema is { } s && api.TextProperties(s).Contains("id")) kinds.Add("transaction");
        return kinds;
    }

    IEnumerable<string> Injectable(ApiEndpoint e) =>
        e.Parameters.Select(p => p.Name)
            .Concat(e.BodySchema is { } s ? api.TextProperties(s) : [])
            .Concat(e.TakesForm ? ["bankAccount", "ofxAccountId"] : [])
            .Distinct();

    /// <summary>
    /// URL and body for acting as <paramref name="self"/>: ids are its own, except ids of <paramref name="foreignKind"/>, which are
    /// <paramref name="foreign"/>'s; <paramref name="field"/>, when given, carries <paramref name="payload"/> instead.
    /// </summary>
    (string Url, Func<HttpContent?> Body) Request(ApiEndpoint e, TenantWorld self, TenantWorld? foreign, string? foreignKind, string? field = null, string? payload = null)
    {
        string Value(string name)
        {
            if (name == field) return payload!;
            var kind = name == "id" ? "transaction" : Kinds.GetValueOrDefault(name, "");
            if (kind.Length > 0) return (kind == foreignKind ? foreign! : self).Ids[kind];
            return Plain.GetValueOrDefault(name, "x");
        }
        var path = e.PathParameters.Aggregate(e.Path, (p, param) => p.Replace("{" + param.Name + "}", Uri.EscapeDataString(Value(param.Name))));
        var query = string.Join('&', e.Parameters.Where(p => p.In == "query").Select(p => $"{p.Name}={Uri.EscapeDataString(Value(p.Name))}"));
        var url = query.Length == 0 ? path : $"{path}?{query}";
        if (e.BodySchema is { } schema) return (url, () => new StringContent(api.Build(schema, Value)!.ToJsonString(), Encoding.UTF8, "application/json"));
        if (e.TakesForm)
            return (url, () => new MultipartFormDataContent
            {
                { new ByteArrayContent("Date,Description,Amount,Account\n2026-11-03,ATTACK SHOP,-1.00,6300\n"u8.ToArray()), "file", "attack.csv" },
                { new StringContent(Value("bankAccount")), "bankAccount" },
                { new StringContent(Value("ofxAccountId")), "ofxAccountId" },
            });
        return (url, () => null);
    }
}
