using Ledger.Domain.Categorization;
using Ledger.Domain.Categorization.Knowledge;
using Ledger.Domain.Categorization.Model;
using Ledger.Domain.Categorization.Rules;
using Ledger.Domain.Decisions;
using Ledger.Domain.Statements;
using Ledger.Integration.Tests.Review;
using Ledger.Projections.Categorization;
using Marten;
using Npgsql;

namespace Ledger.Integration.Tests.Audit;

/// <summary>
/// A recorded proposal can be recomputed: its categorizer version names the rules, model bytes and calibration it used, and
/// it carries the vendor labels it saw, so the same pure Categorizer.Propose gives the same account and probabilities.
/// </summary>
public class ProposalReplayTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    const string Stripe = "STRIPE TRANSFER ST-Z9Q8";

    /// <summary>Labels, a trained model, an admin rule for Stripe, and the November statement decided: rule, history and model proposals.</summary>
    async Task<(Ledger.Api.Tenants.TenantOnboardedResponse Tenant, HttpClient Admin)> DecidedTenantAsync(string name)
    {
        var t = await app.OnboardAsync(name);
        var admin = app.Client(t.AdminToken);
        (await admin.ImportLabelsAsync(Infrastructure.Decisions.LabelledHistory())).EnsureSuccessStatusCode();
        (await admin.PostAsync("/api/categorizer/train", null)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/rules", new { payee = Stripe, accountCode = "4000" })).EnsureSuccessStatusCode();
        (await admin.UploadTextAsync("nov.csv", Infrastructure.Decisions.NewStatement, "1000")).EnsureSuccessStatusCode();
        await app.WaitForDecisionsAsync(t.TenantId, 6);
        return (t, admin);
    }

    [Fact]
    public async Task A_recorded_proposal_recomputes_equal_from_its_recorded_versions()
    {
        var (t, _) = await DecidedTenantAsync("Replay Co");
        await using var session = app.Store.QuerySession(t.TenantId);
        var recorded = await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName == "category_proposed").ToListAsync();
        Assert.Equal(6, recorded.Count);
        var categorizerVersion = (await session.Events.FetchStreamStateAsync(CategorizerStreams.Id))!.Version;   // trained (2) + rule (1)

        foreach (var e in recorded)
        {
            var p = (CategoryProposed)e.Data;
            Assert.Equal((int)categorizerVersion, p.CategorizerVersion);
            // Rebuild the inputs by hand from what was recorded, independent of the verify code.
            var state = (await session.Events.AggregateStreamAsync<CategorizerState>(CategorizerStreams.Id, p.CategorizerVersion!.Value))!;
            var artifact = (await session.LoadAsync<ModelArtifact>(state.ModelVersion!))!;
            var calibrations = new SourceCalibrations(state.CalibrationVersion, state.Calibrations);
            var imported = (await session.Events.FetchStreamAsync(e.StreamKey!)).Select(x => x.Data).OfType<TransactionImported>().Single();
            var input = new CategorizationInput(imported.TransactionId, imported.Payee, imported.Memo, imported.Amount, imported.BankAccountCode);
            var stats = p.VendorLabels is { } labels ? new VendorLabelStats(p.VendorKey, labels, []) { Labels = p.VendorHistory } : null;
            // The knowledge base as mapped onto the tenant's (unchanged) starter chart, by the cascade generation recorded.
            var knowledge = new KnowledgeContext(MerchantKnowledge.Shipped, KindMapping.For("starter", Ledger.Domain.Tenants.TenantTemplates.Starter.Chart));
            var ctx = new CascadeContext(state.ActiveRules, stats, ClassifierModel.Load(artifact.Bytes), state.ModelVersion, calibrations,
                CascadeOptions.ForGeneration(p.CascadeGeneration)) { Knowledge = knowledge };
            Assert.Equal((CascadeOptions.Default.Generation, MerchantKnowledge.Shipped.Version), (p.CascadeGeneration, p.KnowledgeVersion));

            var again = Categorizer.Propose(input, ctx);

            Assert.Equal((p.Source, p.AccountCode, p.RuleId), (again.Source, again.AccountCode, again.RuleId));
            Assert.Equal(p.RawP, again.RawP);
            Assert.Equal(p.CalibratedP, again.CalibratedP);
            Assert.Equal((p.ModelVersion, p.CalibrationVersion), (again.ModelVersion, again.CalibrationVersion));
            Assert.Equal(p.Alternatives, again.Alternatives);
            Assert.Equal(again.Trace, p.Trace.Take(again.Trace.Count));
            // The pipeline asked the LLM (not configured here) exactly when the recomputed draft wants it, and said so last.
            Assert.Equal(again.WantsLlm ? again.Trace.Count + 1 : again.Trace.Count, p.Trace.Count);
        }
        var sources = recorded.Select(e => ((CategoryProposed)e.Data).Source).ToHashSet();
        Assert.Superset(new HashSet<string> { ProposalSources.Rule, ProposalSources.VendorHistory, ProposalSources.Model }, sources);
        var ruled = recorded.Select(e => (CategoryProposed)e.Data).Single(p => p.Source == ProposalSources.Rule);
        Assert.Equal(VendorKey.Normalize(Stripe), ruled.VendorKey);
        Assert.NotNull(ruled.VendorLabels);   // the vendor's labels measured the rule's p
    }

    [Fact]
    public async Task Verify_recomputes_every_proposal_and_names_the_one_whose_recorded_inputs_were_edited()
    {
        var (t, admin) = await DecidedTenantAsync("Replay Tamper Co");
        var auditor = app.Client(await ReviewDesk.TokenAsync(admin, "auditor", "aud"));

        var cleanResponse = await auditor.GetAsync("/api/audit/verify");
        var clean = await cleanResponse.Body();
        Assert.True(cleanResponse.IsSuccessStatusCode, clean.ToString());
        var proposals = clean.GetProperty("proposals");
        Assert.Equal((6, 0, 0), (proposals.GetProperty("checked").GetInt32(), proposals.GetProperty("mismatches").GetInt32(),
            proposals.GetProperty("notRecomputable").GetInt32()));
        Assert.Equal(0, clean.GetProperty("mismatches").GetInt32());
        var (cleanCode, cleanOutput) = await JobsCli.RunAsync(app.ConnectionString, "verify", "--tenant", t.TenantId);
        Assert.True(cleanCode == 0, cleanOutput);
        Assert.Contains("6 proposals recomputed, 0 proposal mismatches", cleanOutput);

        // Someone edits a recorded input: the staples proposal now claims the vendor had a single label.
        Guid tampered;
        await using (var conn = new NpgsqlConnection(app.ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("""
                update ledger.mt_events set data = jsonb_set(jsonb_set(data, '{VendorLabels}', '{"6300": 1}'), '{VendorHistory}', '[{"AccountCode": "6300", "Amount": -23.40}]')
                where id = (select id from ledger.mt_events where tenant_id = @t and type = 'category_proposed'
                            and data ->> 'Source' = 'vendor_history' and data ->> 'AccountCode' = '6300' order by seq_id limit 1)
                returning id
                """, conn);
            cmd.Parameters.AddWithValue("t", t.TenantId);
            tampered = (Guid)(await cmd.ExecuteScalarAsync())!;
        }

        var report = await (await auditor.GetAsync("/api/audit/verify")).Body();
        Assert.Equal(0, report.GetProperty("mismatches").GetInt32());   // the gates' own inputs are untouched
        var after = report.GetProperty("proposals");
        Assert.Equal(1, after.GetProperty("mismatches").GetInt32());
        var detail = after.GetProperty("details")[0];
        Assert.Equal(tampered, detail.GetProperty("eventId").GetGuid());
        Assert.Contains("rawP", detail.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));

        var (code, output) = await JobsCli.RunAsync(app.ConnectionString, "verify", "--tenant", t.TenantId);
        Assert.NotEqual(0, code);
        Assert.Contains("1 proposal mismatches", output);
        Assert.Contains(tampered.ToString(), output);
    }
}
