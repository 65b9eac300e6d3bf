using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using JasperFx.CommandLine;
using Ledger.Api.Hosting;

namespace Ledger.Jobs.Commands;

public class SecurityAuditInput
{
    [Description("Folder for sbom.json, vulnerabilities.json and vulnerabilities.txt (default: artifacts/security)")]
    public string OutFlag { get; set; } = "";

    [Description("Query this vulnerability source instead of the configured ones (e.g. to check the offline path)")]
    public string SourceFlag { get; set; } = "";
}

/// <summary>
/// Security evidence from NuGet's own resolution (no extra tools): a CycloneDX 1.5 SBOM of every package the solution
/// restores, and NuGet's vulnerability report. Fails on a vulnerable package; an unreachable vulnerability source is a
/// warning only, so an offline CI run does not fail for a reason that is not in the code.
/// </summary>
[Description("Write a CycloneDX SBOM and the NuGet vulnerability report to artifacts/security/", Name = "security-audit")]
public class SecurityAuditCommand : OperatorCommand<SecurityAuditInput>
{
    protected override async Task<bool> Run(SecurityAuditInput input)
    {
        var root = DatabaseLocation.RepositoryRoot();
        var solution = Path.Combine(root, "AIBookkeeper.sln");
        var folder = input.OutFlag is "" ? Path.Combine(root, "artifacts", "security") : Path.GetFullPath(input.OutFlag);
        Directory.CreateDirectory(folder);

        var (listCode, listOut, listErr) = await DotnetAsync("list", solution, "package", "--include-transitive", "--format", "json");
        if (listCode != 0) { Console.WriteLine($"security audit FAILED: dotnet list package exited {listCode}: {listErr.Trim()}"); return false; }
        var packages = Packages(JsonNode.Parse(listOut)!).Select(p => (p.Id, p.Version)).Distinct().OrderBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Version).ToList();
        await File.WriteAllTextAsync(Path.Combine(folder, "sbom.json"), Sbom(packages));

        string[] source = input.SourceFlag is "" ? [] : ["--source", input.SourceFlag];
        var (code, output, error) = await DotnetAsync(["list", solution, "package", "--vulnerable", "--include-transitive", "--format", "json", .. source]);
        var summaryPath = Path.Combine(folder, "vulnerabilities.txt");
        string? unavailable = null;
        JsonNode? report = null;
        try { report = JsonNode.Parse(output); } catch (JsonException e) { unavailable = $"unreadable report ({e.Message})"; }
        // NuGet reports an unreachable source or missing vulnerability data as "problems" (with or without an exit code).
        var problems = report is null ? [] : report.DescendantsNamed("problems").SelectMany(p => p!.AsArray()).Select(p => p?["text"]?.ToString() ?? "").ToList();
        if (problems.Count > 0) unavailable = string.Join("; ", problems.Distinct());
        else if (code != 0)
            // Offline, NuGet prints plain "error: ..." lines (on stdout) instead of JSON.
            unavailable = $"dotnet list --vulnerable exited {code}: " + string.Join(" ", (output + "\n" + error).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(3));
        // A source without vulnerability data (a mirror or proxy serving packages only) makes NuGet report "no
        // vulnerabilities" silently: that is no evidence, so it counts as unavailable too.
        if (unavailable is null && report is not null) unavailable = await VulnerabilityDataMissingAsync(report);
        if (report is not null) await File.WriteAllTextAsync(Path.Combine(folder, "vulnerabilities.json"), report.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");

        if (unavailable is not null)
        {
            var line = $"audit unavailable: {unavailable}";
            await File.WriteAllTextAsync(summaryPath, line + "\n");
            Console.WriteLine($"security audit WARNING: {line} (SBOM of {packages.Count} packages written)");
            return true;
        }
        var vulnerable = Packages(report!).Where(p => p.Vulnerabilities.Count > 0)
            .Select(p => $"{p.Id} {p.Version}: " + string.Join(", ", p.Vulnerabilities)).Distinct().Order().ToList();
        var summary = vulnerable.Count == 0
            ? $"no known vulnerable packages among {packages.Count} (direct and transitive; source: {string.Join(", ", report!["sources"]?.AsArray().Select(s => s?.ToString()) ?? [])})"
            : $"{vulnerable.Count} vulnerable package(s):\n" + string.Join("\n", vulnerable);
        await File.WriteAllTextAsync(summaryPath, summary + "\n");
        Console.WriteLine(vulnerable.Count == 0 ? $"security audit OK: {summary}" : $"security audit FAILED: {summary}");
        return vulnerable.Count == 0;
    }

    /// <summary>Null when at least one queried source's service index offers NuGet's VulnerabilityInfo resource.</summary>
    static async Task<string?> VulnerabilityDataMissingAsync(JsonNode report)
    {
        var sources = (report["sources"]?.AsArray() ?? []).Select(x => x?.ToString() ?? "").Where(x => x.StartsWith("http", StringComparison.OrdinalIgnoreCase)).ToList();
        if (sources.Count == 0) return "no online package source to take vulnerability data from";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        var reasons = new List<string>();
        foreach (var source in sources)
        {
            try
            {
                var index = JsonNode.Parse(await http.GetStringAsync(source));
                if ((index?["resources"]?.AsArray() ?? []).Any(r => r?["@type"]?.ToString().StartsWith("VulnerabilityInfo", StringComparison.Ordinal) == true))
                    return null;
                reasons.Add($"{source} offers no vulnerability data (no VulnerabilityInfo resource in its service index)");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
            {
                reasons.Add($"{source} unreachable ({e.Message})");
            }
        }
        return string.Join("; ", reasons);
    }

    sealed record Package(string Id, string Version, List<string> Vulnerabilities);

    /// <summary>Every resolved package of every project and framework, top-level and transitive.</summary>
    static IEnumerable<Package> Packages(JsonNode report) =>
        from project in report["projects"]?.AsArray() ?? []
        from framework in project?["frameworks"]?.AsArray() ?? []
        from kind in new[] { "topLevelPackages", "transitivePackages" }
        from package in framework?[kind]?.AsArray() ?? []
        select new Package(package!["id"]!.ToString(), package["resolvedVersion"]!.ToString(),
            (package["vulnerabilities"]?.AsArray() ?? []).Select(v => $"{v?["severity"]} {v?["advisoryurl"]}").ToList());

    /// <summary>CycloneDX 1.5 JSON, the minimum a scanner or auditor needs: identity and a purl per package.</summary>
    static string Sbom(IReadOnlyList<(string Id, string Version)> packages)
    {
        var bom = new JsonObject
        {
            ["bomFormat"] = "CycloneDX",
            ["specVersion"] = "1.5",
            ["serialNumber"] = $"urn:uuid:{Guid.NewGuid()}",
            ["version"] = 1,
            ["metadata"] = new JsonObject
            {
                ["timestamp"] = NodaTime.Text.InstantPattern.General.Format(NodaTime.SystemClock.Instance.GetCurrentInstant()),
                ["tools"] = new JsonArray(new JsonObject { ["name"] = "ledger-jobs security-audit (dotnet list package)" }),
                ["component"] = new JsonObject { ["type"] = "application", ["name"] = "AIBookkeeper Ledger", ["bom-ref"] = "aibookkeeper-ledger" },
            },
            ["components"] = new JsonArray(packages.Select(p => (JsonNode)new JsonObject
            {
                ["type"] = "library",
                ["bom-ref"] = $"pkg:nuget/{p.Id}@{p.Version}",
                ["name"] = p.Id,
                ["version"] = p.Version,
                ["purl"] = $"pkg:nuget/{p.Id}@{p.Version}",
            }).ToArray()),
        };
        return bom.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    static async Task<(int Code, string Out, string Err)> DotnetAsync(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}

static class JsonNodeSearch
{
    /// <summary>Every property with this name at any depth (NuGet puts "problems" at the top and per project).</summary>
    public static IEnumerable<JsonNode?> DescendantsNamed(this JsonNode node, string name)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (key == name && value is JsonArray) yield return value;
                    else if (value is not null) foreach (var d in value.DescendantsNamed(name)) yield return d;
                }
                break;
            case JsonArray a:
                foreach (var item in a) if (item is not null) foreach (var d in item.DescendantsNamed(name)) yield return d;
                break;
        }
    }
}
