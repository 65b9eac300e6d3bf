using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Knowledge;
using Ledger.Domain.Decisions;
using Ledger.Integration.Tests.Review;
using Ledger.Projections.Journal;
using Ledger.Projections.Review;
using Marten;

namespace Ledger.Integration.Tests.Categorization;

/// <summary>
/// A vendor the tenant never labelled, known to the product's merchant knowledge base: proposed from the knowledge base with
/// its trace (entry and version), through the gates (knowledge stands in for the vendor's labels) and posted, at no LLM cost.
/// </summary>
public class KnowledgeColdStartTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    const string Statement = "Date,Description,Amount\n2026-11-03,MONTHLY SERVICE FEE,-15.00\n2026-11-04,ACME WIDGETS CO 555-1234,-77.00\n";

    [Fact]
    public async Task A_cold_start_vendor_gets_a_knowledge_proposal_with_its_trace_and_passes_the_gates()
    {
        var t = await app.OnboardAsync("Cold Start Co");   // starter template: no labels, no model yet
        var admin = app.Client(t.AdminToken);
        (await app.Client(app.OperatorToken).PostAsJsonAsync($"/api/ops/tenants/{t.TenantId}/autopost", new { enabled = true })).EnsureSuccessStatusCode();
        (await admin.UploadTextAsync("nov.csv", Statement, "1000")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, 2);

        await using var session = app.Store.QuerySession(t.TenantId);
        var proposals = (await session.Events.QueryRawEventDataOnly<CategoryProposed>().ToListAsync()).ToDictionary(p => p.VendorKey);
        var fee = proposals[VendorKey.Normalize("MONTHLY SERVICE FEE")];
        var kb = MerchantKnowledge.Shipped.Version;
        Assert.Equal((ProposalSources.Knowledge, "6100", 0.97, 0.97), (fee.Source, fee.AccountCode, fee.RawP, fee.CalibratedP));
        Assert.Equal(kb, fee.KnowledgeVersion);
        Assert.Equal(CascadeOptions.Default.Generation, fee.CascadeGeneration);
        Assert.Contains($"knowledge {kb} bank-monthly-fee ('monthly service fee'): bank_fees -> 6100 Bank Fees p=0.97 (cal 0.97)", fee.Trace);
        Assert.Equal("llm: not needed (cal p 0.97 >= 0.80)", fee.Trace[^1]);
        Assert.Null(fee.LlmCallId);

        var gate = (await session.Events.QueryRawEventDataOnly<GateEvaluated>().ToListAsync()).Single(g => g.TransactionId == fee.TransactionId);
        Assert.True(gate.Decision.AutoPost, string.Join("; ", gate.Decision.Gates.Select(g => g.Compared)));
        Assert.Equal(ProposalSources.Knowledge, gate.Inputs.Source);
        Assert.Equal("labels 0 < min 3, known merchant (knowledge)", gate.Decision.Gates[0].Compared);
        var entry = Assert.Single(await session.Query<JournalEntryView>().ToListAsync());
        Assert.Equal(Posters.Autopost, entry.PostedBy);
        Assert.Contains(entry.Lines, l => l is { AccountCode: "6100", Debit: 15.00m });
        Assert.Contains(entry.Lines, l => l is { AccountCode: "1000", Credit: 15.00m });

        // A vendor nobody knows still waits for a person.
        var acme = Assert.Single(await session.Query<ReviewQueueItem>().ToListAsync());
        Assert.StartsWith("ACME", acme.Payee);
        Assert.Contains(ReasonCode.ColdStartVendor, acme.Reasons);
        Assert.Contains($"knowledge {kb}: no entry matches", proposals[acme.VendorKey].Trace);

        // An auditor recomputes both proposals from what was recorded, knowledge base and chart mapping included.
        var auditor = app.Client(await ReviewDesk.TokenAsync(admin, "auditor", "aud"));
        var verify = (await (await auditor.GetAsync("/api/audit/verify")).Body()).GetProperty("proposals");
        Assert.Equal((2, 0, 0), (verify.GetProperty("checked").GetInt32(), verify.GetProperty("mismatches").GetInt32(), verify.GetProperty("notRecomputable").GetInt32()));
    }

    [Fact]
    public async Task The_admin_sees_how_the_knowledge_base_maps_onto_the_chart_and_an_added_account_is_found_by_name()
    {
        var t = await app.OnboardAsync("Mapping Co");
        var admin = app.Client(t.AdminToken);
        var before = await (await admin.GetAsync("/api/categorizer/knowledge")).Body();
        Assert.Equal(MerchantKnowledge.Shipped.Version, before.GetProperty("knowledgeVersion").GetString());
        var mapped = before.GetProperty("mapped").EnumerateArray().ToDictionary(m => m.GetProperty("kind").GetString()!);
        Assert.Equal("6100", mapped["bank_fees"].GetProperty("accountCode").GetString());
        Assert.Equal("template starter", mapped["bank_fees"].GetProperty("basis").GetString());
        Assert.Contains("travel", before.GetProperty("unmapped").EnumerateArray().Select(k => k.GetString()));

        (await admin.PostAsJsonAsync("/api/accounts", new { code = "6700", name = "Travel", type = "Expense" })).EnsureSuccessStatusCode();
        var after = await (await admin.GetAsync("/api/categorizer/knowledge")).Body();
        var travel = after.GetProperty("mapped").EnumerateArray().Single(m => m.GetProperty("kind").GetString() == "travel");
        Assert.Equal(("6700", "name contains 'travel'"), (travel.GetProperty("accountCode").GetString(), travel.GetProperty("basis").GetString()));
        Assert.NotEqual(before.GetProperty("mapVersion").GetString(), after.GetProperty("mapVersion").GetString());
    }

    [Fact]
    public async Task A_proposal_recorded_under_an_earlier_knowledge_version_is_verified_by_that_version()
    {
        var t = await app.OnboardAsync("Old Knowledge Co");
        var admin = app.Client(t.AdminToken);
        const string statement = "Date,Description,Amount\n2026-11-03,MONTHLY SERVICE FEE,-15.00\n2026-11-05,SEVERN TRENT WATER DD,-38.00\n";
        (await admin.UploadTextAsync("nov.csv", statement, "1000")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, 2);
        var auditor = app.Client(await ReviewDesk.TokenAsync(admin, "auditor", "aud"));

        // Rewrite the fee's proposal as a build that shipped kb-2026.1 recorded it (both versions answer it alike).
        var fee = await RecordedUnderAsync(t.TenantId, "MONTHLY SERVICE FEE", "kb-2026.1");
        var verify = (await (await auditor.GetAsync("/api/audit/verify")).Body()).GetProperty("proposals");
        Assert.Equal((2, 0, 0), (verify.GetProperty("checked").GetInt32(), verify.GetProperty("mismatches").GetInt32(), verify.GetProperty("notRecomputable").GetInt32()));

        // The water company is known to kb-2026.2 only: claimed as kb-2026.1's, its proposal no longer recomputes.
        var water = await RecordedUnderAsync(t.TenantId, "SEVERN TRENT WATER DD", "kb-2026.1");
        verify = (await (await auditor.GetAsync("/api/audit/verify")).Body()).GetProperty("proposals");
        Assert.Equal(1, verify.GetProperty("mismatches").GetInt32());
        Assert.Equal(water, verify.GetProperty("details")[0].GetProperty("eventId").GetGuid());

        // A version this build never shipped cannot be recomputed, and says so instead of failing.
        Assert.Equal(fee, await RecordedUnderAsync(t.TenantId, "MONTHLY SERVICE FEE", "kb-1999.1"));
        verify = (await (await auditor.GetAsync("/api/audit/verify")).Body()).GetProperty("proposals");
        Assert.Equal((1, 1), (verify.GetProperty("checked").GetInt32(), verify.GetProperty("notRecomputable").GetInt32()));
    }

    /// <summary>Edits the recorded proposal of <paramref name="payee"/> to name another knowledge version (field and trace).</summary>
    async Task<Guid> RecordedUnderAsync(string tenantId, string payee, string version)
    {
        await using var conn = new Npgsql.NpgsqlConnection(app.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new Npgsql.NpgsqlCommand("""
            update ledger.mt_events set data = replace(data::text, data ->> 'KnowledgeVersion', @v)::jsonb
            where tenant_id = @t and type = 'category_proposed' and data ->> 'VendorKey' = @k
            returning id
            """, conn);
        cmd.Parameters.AddWithValue("t", tenantId);
        cmd.Parameters.AddWithValue("v", version);
        cmd.Parameters.AddWithValue("k", VendorKey.Normalize(payee));
        return (Guid)(await cmd.ExecuteScalarAsync())!;
    }
}
