using Ledger.Domain.Statements;

namespace Ledger.Domain.Tests.Statements;

public class DumpAll
{
    [Fact]
    public void Dump()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var f in Directory.GetFiles(Fixtures.Path("ofx")).Concat(Directory.GetFiles(Fixtures.Path("csv"))).OrderBy(x => x))
        {
            sb.AppendLine("=== " + System.IO.Path.GetFileName(f));
            try
            {
                using var s = File.OpenRead(f);
                var r = StatementReaders.Open(System.IO.Path.GetFileName(f), s);
                var lines = r.ReadLines().ToList();
                var su = r.Summary;
                sb.AppendLine($"fmt={r.Format} kind={su.AccountKind} cur={su.Currency} accts={string.Join("|", su.AccountIds)} bal={su.LedgerBalance} from={su.From} to={su.To} n={su.LineCount}");
                foreach (var l in lines) sb.AppendLine("  " + l);
                foreach (var e in r.Errors) sb.AppendLine("  ERR " + e);
                foreach (var n in su.SkippedNotes) sb.AppendLine("  SKIP " + n);
            }
            catch (Exception e) { sb.AppendLine("  EXC " + e.GetType().Name + ": " + e.Message); }
        }
        File.WriteAllText("/tmp/stmt_dump.txt", sb.ToString());
    }
}
