using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ledger.Integration.Tests.Tenants.Attacks;

public sealed record ApiParameter(string Name, string In);

/// <summary>One operation of the OpenAPI document: what the attack cases are generated from.</summary>
public sealed record ApiEndpoint(string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement? BodySchema)
{
    public override string ToString() => $"{Method} {Path}";
    public bool IsOperatorPath => Path.StartsWith("/api/ops/", StringComparison.Ordinal);
    public IEnumerable<ApiParameter> PathParameters => Parameters.Where(p => p.In == "path");

    /// <summary>A write without a described body takes a multipart form (statement and label uploads).</summary>
    public bool TakesForm => BodySchema is null && Method is "POST" or "PUT" && (Path.EndsWith("/imports") || Path.EndsWith("/import"));
}

/// <summary>Reads the operations of /openapi/v1.json and builds request bodies from their schemas.</summary>
public sealed class OpenApiEndpoints(JsonElement doc)
{
    readonly JsonElement schemas = doc.GetProperty("components").GetProperty("schemas");

    public List<ApiEndpoint> All() =>
        doc.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject().Select(op => new ApiEndpoint(
            op.Name.ToUpperInvariant(), path.Name,
            op.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!)).ToList() : [],
            op.Value.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var json) ? json.GetProperty("schema") : null)))
            .ToList();

    /// <summary>
    /// A body for the schema: every property present, strings from <paramref name="text"/> (by property name), numbers 1,
    /// booleans true, arrays of one element. <paramref name="text"/> decides which field carries an id or an attack string.
    /// </summary>
    public JsonNode? Build(JsonElement schema, Func<string, string> text, string property = "", int depth = 0)
    {
        if (depth > 6) return null;
        if (schema.TryGetProperty("$ref", out var r)) return Build(schemas.GetProperty(r.GetString()!.Split('/')[^1]), text, property, depth + 1);
        if (schema.TryGetProperty("oneOf", out var one))
            return Build(one.EnumerateArray().First(s => !(s.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null")), text, property, depth + 1);
        if (schema.TryGetProperty("enum", out var e)) return JsonValue.Create(e.EnumerateArray().First(v => v.ValueKind == JsonValueKind.String).GetString());
        var types = schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToHashSet() : [type.GetString()]
            : ["object"];
        if (types.Contains("object") && schema.TryGetProperty("properties", out var props))
        {
            var o = new JsonObject();
            foreach (var p in props.EnumerateObject()) o[p.Name] = Build(p.Value, text, p.Name, depth + 1);
            return o;
        }
        if (types.Contains("array"))
            return new JsonArray(schema.TryGetProperty("items", out var items) ? Build(items, text, property, depth + 1) : JsonValue.Create(text(property)));
        if (types.Contains("boolean")) return JsonValue.Create(true);
        if (types.Contains("integer")) return JsonValue.Create(1);
        if (types.Contains("number")) return JsonValue.Create(1.5m);
        return JsonValue.Create(text(property));
    }

    /// <summary>Every string property a schema has (nested objects and array items included), by name.</summary>
    public IEnumerable<string> TextProperties(JsonElement schema)
    {
        var probe = new HashSet<string>();
        Build(schema, name => { probe.Add(name); return "x"; });
        return probe;
    }
}
