using Ledger.Domain.Decisions;
using Marten;
using Npgsql;

namespace Ledger.Integration.Tests.Decisions;

public class DecisionAuditTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    async Task<(Ledger.Api.Tenants.TenantOnboardedResponse Tenant, HttpClient Admin)> DecidedTenantAsync(string name)
    {
        var t = await app.OnboardAsync(name);
        var admin = app.Client(t.AdminToken);
        (await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory())).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/categorizer/train", null)).EnsureSuccessStatusCode();
        await admin.UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000");
        await app.WaitForDecisionsAsync(t.TenantId, 6);
        return (t, admin);
    }

    [Fact]
    public async Task Verify_finds_no_mismatch_on_an_untouched_ledger_and_names_the_tampered_event()
    {
        var (t, admin) = await DecidedTenantAsync("Tamper Co");
        var auditor = app.Client((await (await admin.PostAsJsonAsync("/api/tokens", new { role = "auditor", issuedTo = "aud" })).Body()).GetProperty("token").GetString()!);

        var cleanResponse = await auditor.GetAsync("/api/audit/verify");
        var clean = await cleanResponse.Body();
        Assert.True(cleanResponse.IsSuccessStatusCode, clean.ToString());
        Assert.Equal(6, clean.GetProperty("checked").GetInt32());
        Assert.Equal(0, clean.GetProperty("mismatches").GetInt32());

        // Someone edits a recorded input in the database: the staples decision claims it was far less sure.
        Guid tampered;
        await using (var conn = new NpgsqlConnection(app.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("""
                update ledger.mt_events set data = jsonb_set(data, '{Inputs,CalibratedP}', '0.05')
                where id = (select id from ledger.mt_events where tenant_id = @t and type = 'gate_evaluated'
                            and data -> 'Decision' ->> 'WouldAutoPost' = 'true' order by seq_id limit 1)
                returning id
                """, conn);
            cmd.Parameters.AddWithValue("t", t.TenantId);
            tampered = (Guid)(await cmd.ExecuteScalarAsync())!;
        }

        var report = await (await auditor.GetAsync("/api/audit/verify")).Body();
        Assert.Equal(1, report.GetProperty("mismatches").GetInt32());
        Assert.Equal(tampered, report.GetProperty("details")[0].GetProperty("eventId").GetGuid());

        var (code, output) = await JobsCli.RunAsync(app.ConnectionString, "verify", "--tenant", t.TenantId);
        Assert.NotEqual(0, code);
        Assert.Contains("1 mismatches", output);
        Assert.Contains(tampered.ToString(), output);
    }

    [Fact]
    public async Task A_policy_change_affects_new_decisions_only()
    {
        var (t, admin) = await DecidedTenantAsync("Policy Co");
        await using (var session = app.Store.QuerySession(t.TenantId))
        {
            var before = await session.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync();
            Assert.All(before, g => Assert.Equal(1, g.Decision.PolicyVersion));
        }
        (await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/autopost", new { enabled = true })).EnsureSuccessStatusCode();

        await admin.UploadTextAsync("dec.csv", "Date,Description,Amount\n2026-12-01,STAPLES 00123 SPRINGFIELD IL,-12.00\n", "1000");
        await app.WaitForDecisionsAsync(t.TenantId, 7);

        await using var after = app.Store.QuerySession(t.TenantId);
        var gates = await after.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync();
        Assert.Equal(6, gates.Count(g => g.Decision.PolicyVersion == 1 && !g.Decision.AutoPost));
        var fresh = Assert.Single(gates, g => g.Decision.PolicyVersion == 2);
        Assert.True(fresh.Decision.AutoPost);
    }
}
