using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Ledger.Domain.Categorization.Evaluation;

/// <summary>
/// Every replayed proposal as one CSV row (RFC 4180), for reading where the errors and the missed automation are: the
/// errors above the threshold and the right proposals below it, by source, cold start and p. The last trace line that
/// names a step says why.
/// </summary>
public static class OutcomesCsv
{
    public static void Write(IEnumerable<ProposalOutcome> outcomes, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        string[] header = ["tenant", "date", "description", "amount", "source", "proposed", "true_account", "recorded", "raw_p", "p", "correct", "cold_start", "trace"];
        foreach (var h in header) csv.WriteField(h);
        csv.NextRecord();
        foreach (var o in outcomes)
        {
            csv.WriteField(o.Tenant ?? "");
            csv.WriteField(o.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(o.Description);
            csv.WriteField(o.Amount.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(o.Source);
            csv.WriteField(o.ProposedAccount);
            csv.WriteField(o.TrueAccount);
            csv.WriteField(o.RecordedAccount.Length == 0 ? o.TrueAccount : o.RecordedAccount);
            csv.WriteField(o.RawProbability.ToString("F4", CultureInfo.InvariantCulture));
            csv.WriteField(o.Probability.ToString("F4", CultureInfo.InvariantCulture));
            csv.WriteField(o.Correct ? "1" : "0");
            csv.WriteField(o.ColdStart ? "1" : "0");
            csv.WriteField(string.Join(" | ", o.Trace));
            csv.NextRecord();
        }
    }
}
