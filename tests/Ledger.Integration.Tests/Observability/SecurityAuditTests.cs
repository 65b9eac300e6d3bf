using System.Text.Json;

namespace Ledger.Integration.Tests.Observability;

/// <summary>security-audit writes a CycloneDX SBOM and, with no reachable vulnerability source, warns instead of failing CI.</summary>
public class SecurityAuditTests
{
    [Fact]
    public async Task Offline_the_audit_writes_the_sbom_and_says_unavailable_with_exit_0()
    {
        var folder = Directory.CreateTempSubdirectory("ledger-audit-").FullName;
        // Nothing listens on port 9: the vulnerability source is unreachable, as on an offline CI runner. No database is used.
        var (code, output) = await JobsCli.RunAsync("Host=unused", "security-audit", "--out", folder, "--source", "https://127.0.0.1:9/v3/index.json");

        Assert.True(code == 0, output);
        Assert.Contains("security audit WARNING: audit unavailable:", output);
        Assert.StartsWith("audit unavailable: ", await File.ReadAllTextAsync(Path.Combine(folder, "vulnerabilities.txt")));

        using var sbom = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "sbom.json")));
        var root = sbom.RootElement;
        Assert.Equal("CycloneDX", root.GetProperty("bomFormat").GetString());
        Assert.Equal("1.5", root.GetProperty("specVersion").GetString());
        Assert.StartsWith("urn:uuid:", root.GetProperty("serialNumber").GetString());
        Assert.Equal("AIBookkeeper Ledger", root.GetProperty("metadata").GetProperty("component").GetProperty("name").GetString());
        var components = root.GetProperty("components").EnumerateArray().ToList();
        Assert.Contains(components, c => c.GetProperty("name").GetString() == "Marten" && c.GetProperty("purl").GetString()!.StartsWith("pkg:nuget/Marten@"));
        Assert.All(components, c => Assert.Equal("library", c.GetProperty("type").GetString()));
        Assert.Equal(components.Count, components.Select(c => c.GetProperty("purl").GetString()).Distinct().Count());
    }
}
