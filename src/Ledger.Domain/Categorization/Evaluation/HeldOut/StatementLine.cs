using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>A line before sorting, check numbering and reviewer slips.</summary>
internal sealed record StatementLine(LocalDate Date, string Description, decimal Amount, string Account, string BankAccount, string BankCategory);
