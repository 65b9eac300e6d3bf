using Ledger.Domain.Statements;
using Ledger.Projections.Imports;
using Ledger.Projections.Transactions;
using NodaTime;

namespace Ledger.Integration.Tests.Reconciliation;

/// <summary>An import recorded before statement balances were kept still counts as a statement, by its StatementImported ledger balance.</summary>
public class EarlierHistoryTests(LedgerApp app) : IClassFixture<LedgerApp>
{
    [Fact]
    public async Task An_import_written_by_an_earlier_version_reconciles_by_its_ledger_balance()
    {
        var t = await app.OnboardAsync("Earlier Co");
        var admin = app.Client(t.AdminToken);
        var at = Instant.FromUtc(2024, 7, 1, 9, 0);
        var importId = Guid.NewGuid();
        await using (var session = app.Store.LightweightSession(t.TenantId))
        {
            // Exactly what an import wrote before issue #20: the transaction and StatementImported, no StatementBalancesRecorded.
            session.Events.StartStream<TransactionView>("tx-1000-old-1", new TransactionImported("tx-1000-old-1", importId, "1000", new LocalDate(2024, 6, 3),
                -40.00m, "OFFICE DEPOT", null, "F1", null, "DEBIT", "fp", false, 1, at));
            session.Events.StartStream<StatementImportView>(ImportStreams.Id(importId), new StatementImported(importId, "1000", "june.ofx", "sha", "Ofx1Sgml",
                1, 1, 0, 0, [], new LocalDate(2024, 6, 3), new LocalDate(2024, 6, 3), 960.00m, new LocalDate(2024, 6, 30), "USD", "alice", at));
            await session.SaveChangesAsync();
        }

        var statement = (await (await admin.GetAsync("/api/accounts/1000/statements")).Body()).EnumerateArray().Single();
        Assert.Equal(("june.ofx", 960.00m, "2024-06-30"), (statement.GetProperty("fileName").GetString(), statement.GetProperty("statedClosing").GetDecimal(),
            statement.GetProperty("closingDate").GetString()));
        var opening = await (await admin.PostAsJsonAsync("/api/accounts/1000/opening-balance", new { })).Body();
        Assert.Equal(1000.00m, opening.GetProperty("amount").GetDecimal());
        var r = await (await admin.GetAsync("/api/accounts/1000/reconciliation")).Body();
        Assert.Equal((960.00m, 1000.00m, -40.00m), (r.GetProperty("bankBalance").GetDecimal(), r.GetProperty("bookBalance").GetDecimal(), r.GetProperty("difference").GetDecimal()));
        // The pipeline may or may not have queued the line by now; either way it is the one item, and nothing is unexplained.
        Assert.Contains(r.GetProperty("items")[0].GetProperty("kind").GetString(), new[] { "bank_line_not_decided", "bank_line_in_review" });
        Assert.Equal(0m, r.GetProperty("unexplained").GetDecimal());

        // The operator's command line shows the same figures and records the mark.
        var (exit, output) = await JobsCli.RunAsync(app.ConnectionString, "reconcile", "--tenant", t.TenantId, "--account", "1000", "--mark", "--by", "rita");
        Assert.True(exit == 0, output);
        Assert.Contains("statement june.ofx: 2024-06-03..2024-06-03 closing 960.00 on 2024-06-30: first", output);
        Assert.Contains("1000 on 2024-06-30: bank 960.00, book 1,000.00 (opening entries 1,000.00), difference -40.00", output);
        Assert.Contains("recorded: 1000 reconciled on 2024-06-30 by rita, difference -40.00", output);
        var marks = await (await admin.GetAsync("/api/reconciliations")).Body();
        Assert.Equal(-40.00m, marks.EnumerateArray().Single().GetProperty("difference").GetDecimal());
        var (refused, why) = await JobsCli.RunAsync(app.ConnectionString, "reconcile", "--tenant", t.TenantId, "--account", "6000");
        Assert.NotEqual(0, refused);
        Assert.Contains("refused: Account '6000' is not a bank (Asset) or card (Liability) account", why);
    }
}
