using Ledger.Domain.Statements;
using NodaTime;

namespace Ledger.Projections.Imports;

/// <summary>The list of imports a bookkeeper sees: one row per statement file taken in.</summary>
public sealed class StatementImportView
{
    public string Id { get; set; } = "";
    public string BankAccountCode { get; set; } = "";
    public string FileName { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string Format { get; set; } = "";
    public int Imported { get; set; }
    public int Duplicates { get; set; }
    public int FitIdReused { get; set; }
    public LocalDate? From { get; set; }
    public LocalDate? To { get; set; }
    public decimal? LedgerBalance { get; set; }
    public string ImportedBy { get; set; } = "";
    public Instant At { get; set; }

    public static StatementImportView Create(StatementImported e) => new()
    {
        Id = ImportStreams.Id(e.ImportId), BankAccountCode = e.BankAccountCode, FileName = e.FileName, Sha256 = e.Sha256, Format = e.Format,
        Imported = e.Imported, Duplicates = e.Duplicates, FitIdReused = e.FitIdReused, From = e.From, To = e.To,
        LedgerBalance = e.LedgerBalance, ImportedBy = e.ImportedBy, At = e.At,
    };
}

public static class ImportStreams
{
    public static string Id(Guid importId) => $"import-{importId:N}";
}
