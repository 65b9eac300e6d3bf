namespace Ledger.Domain.Statements.Csv;

/// <summary>
/// Header names seen in real bank exports (English, Dutch, German), per role, best first. Names are
/// compared normalised: lower case, letters and digits only ("Withdrawal (-)" = "withdrawal").
/// </summary>
internal static class CsvHeaderNames
{
    // Booking date before value date: the ledger records when the bank booked it.
    public static readonly string[] Date =
        ["date", "posteddate", "postingdate", "dateposted", "transactiondate", "transdate", "dateprocessed",
         "bookingdate", "buchungstag", "buchungsdatum", "datum", "boekingsdatum", "belegdatum", "valuedate", "wertstellung", "valuta"];

    public static readonly string[] Amount =
        ["amount", "transactionamount", "bedrag", "betrag", "buchungsbetrag", "umsatz", "betrageur", "amounteur", "amountusd", "amountgbp"];

    public static readonly string[] Debit =
        ["debit", "debits", "withdrawal", "withdrawals", "debet", "soll", "moneyout", "paidout", "outflow", "debitamount"];

    public static readonly string[] Credit =
        ["credit", "credits", "deposit", "deposits", "haben", "moneyin", "paidin", "inflow", "creditamount"];

    // Who was paid: a payee-ish column first, then descriptions.
    public static readonly string[] Payee =
        ["payee", "name", "merchant", "naamtegenpartij", "naamomschrijving", "description", "details", "transactiondescription",
         "omschrijving", "buchungstext", "verwendungszweck", "transaktionsbeschreibung", "auftraggeberempfänger",
         "beguenstigterzahlungspflichtiger", "begünstigterzahlungspflichtiger", "narrative", "text"];

    public static readonly string[] Memo =
        ["memo", "originaldescription", "notes", "mededelingen", "vrijemededeling", "transaktionsbeschreibungzusatz", "mitteilung"];

    public static readonly string[] Type =
        ["type", "transactiontype", "umsatzart", "mutatiesoort", "code"];

    public static readonly string[] FitId = ["fitid", "id", "transactionid", "referenceid", "buchungsreferenz", "reference"];

    public static readonly string[] Check = ["check", "checknumber", "checkno", "chequenumber", "cheque", "chequeno"];

    // The running balance after the row (Schwab "RunningBalance", DCU "CURRENT BALANCE", Bank of Ireland "Balance").
    public static readonly string[] Balance = ["balance", "runningbalance", "currentbalance", "saldo", "kontostand", "saldonamutatie"];

    public static readonly string[] Currency = ["currency", "währung", "munt", "buchungswährung", "valuta2"];

    public static string Normalize(string header)
    {
        Span<char> buf = stackalloc char[Math.Min(header.Length, 128)];
        var n = 0;
        foreach (var c in header)
            if (char.IsLetterOrDigit(c) && n < buf.Length) buf[n++] = char.ToLowerInvariant(c);
        return new string(buf[..n]);
    }

    /// <summary>Index of the best column for a role, skipping taken ones; -1 when none.</summary>
    public static int Find(string[] normalized, string[] names, ISet<int> taken)
    {
        foreach (var name in names)
            for (var i = 0; i < normalized.Length; i++)
                if (!taken.Contains(i) && normalized[i] == name) return i;
        return -1;
    }
}
