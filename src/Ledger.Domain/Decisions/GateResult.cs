namespace Ledger.Domain.Decisions;

/// <summary>
/// One gate's verdict. <paramref name="Compared"/> is the human-readable comparison shown in the review UI
/// ("labels 2 < min 3"); <paramref name="Actual"/>/<paramref name="Required"/> are the numbers behind it, null
/// for yes/no gates.
/// </summary>
public sealed record GateResult(string Gate, bool Passed, string Compared, double? Actual, double? Required);
