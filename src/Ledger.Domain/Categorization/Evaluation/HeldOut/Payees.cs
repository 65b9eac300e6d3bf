namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>Starting points for a profile's payee list, one per channel.</summary>
public static class Payees
{
    /// <summary>A purchase on the business credit card.</summary>
    public static Payee Card(MerchantKind kind, params string[] names) => new() { Channel = Channel.Card, Kind = kind, Names = names };

    /// <summary>A debit-card purchase on the checking account.</summary>
    public static Payee Debit(MerchantKind kind, params string[] names) => new() { Channel = Channel.Debit, Kind = kind, Names = names };

    /// <summary>An ACH debit (or credit with <see cref="PayeeOptions.In"/>) from a company name (16 characters on the wire).</summary>
    public static Payee Ach(string company, string entry) => new() { Channel = Channel.Ach, Names = [company], Entry = entry };

    public static Payee Ach(string[] companies, string entry) => new() { Channel = Channel.Ach, Names = companies, Entry = entry };

    public static Payee Check() => new() { Channel = Channel.Check, Names = [""] };

    public static Payee Deposit() => new() { Channel = Channel.Deposit, Names = [""], Inflow = true };

    /// <summary>A line the bank writes itself; <paramref name="names"/> fill in the counterparty where the line names one.</summary>
    public static Payee Bank(BankLine line, params string[] names) =>
        new() { Channel = Channel.Bank, Line = line, Names = names.Length == 0 ? [""] : names, Kind = MerchantKind.Fees };
}
