using Ledger.Domain.Statements.Csv;

namespace Ledger.Projections.Imports;

/// <summary>Per bank account settings, keyed by the account's chart code: the CSV column mapping used for its exports.</summary>
public sealed class BankAccountSettings
{
    public string Id { get; set; } = "";
    public CsvProfile? CsvProfile { get; set; }
}
