using Ledger.Domain.Categorization;
using NodaTime;

namespace Ledger.Domain.Review;

/// <summary>
/// An answer was recorded (its act and entry sit beside this event) but contradicts strong evidence. Its label is held here,
/// not appended as a <see cref="TransactionLabelled"/>, so vendor stats, rule promotion and training never learn it until a
/// reviewer confirms it (<see cref="ReviewConfirmed"/> releases <paramref name="HeldLabel"/>) or corrects it (a
/// recategorize, whose own label replaces it). A reversal drops it with the answer it belonged to.
/// </summary>
public sealed record SlipSuspected(string TransactionId, string AnsweredAccount, SlipEvidence Evidence, TransactionLabelled HeldLabel, string By, Instant At);

/// <summary>A reviewer confirmed a suspected answer: it was meant; its held label is released beside this event.</summary>
public sealed record ReviewConfirmed(string TransactionId, string AccountCode, string By, Instant At);
