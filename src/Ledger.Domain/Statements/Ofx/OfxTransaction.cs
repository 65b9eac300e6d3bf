namespace Ledger.Domain.Statements.Ofx;

/// <summary>The raw leaf values of one STMTTRN, collected before validation.</summary>
internal sealed class OfxTransaction
{
    public int Ordinal;
    public string? TrnType, DtPosted, TrnAmt, FitId, Name, Memo, CheckNum, Payee, CorrectFitId, CorrectAction;

    /// <summary>CURRENCY or ORIGCURRENCY: the transaction's own currency aggregate, when it has one.</summary>
    public string? CurrencyAggregate;
    public string? CurSym, CurRate;
    public int CurSymLine;

    /// <summary>Stores a leaf value if it belongs to STMTTRN; unknown and proprietary tags are ignored.</summary>
    public void Set(string tag, string value, int line = 0)
    {
        switch (tag)
        {
            case "CURSYM": CurSym = value; CurSymLine = line; break;
            case "CURRATE": CurRate = value; break;
            case "TRNTYPE": TrnType = value; break;
            case "DTPOSTED": DtPosted = value; break;
            case "TRNAMT": TrnAmt = value; break;
            case "FITID": FitId = value; break;
            case "NAME": Name ??= value; break; // PAYEE aggregate's NAME may follow; the first wins
            case "MEMO": Memo = value; break;
            case "CHECKNUM": CheckNum = value; break;
            case "PAYEE": Payee = value; break;
            case "CORRECTFITID": CorrectFitId = value; break;
            case "CORRECTACTION": CorrectAction = value; break;
        }
    }

    public StatementLine? ToLine(string file, string? accountId, List<StatementError> errors)
    {
        var ok = true;
        // A NUL is never text a bank wrote (the database cannot store it either): the file is damaged. Issue #16.
        foreach (var (tag, value) in new[] { ("TRNTYPE", TrnType), ("FITID", FitId), ("NAME", Name), ("MEMO", Memo), ("CHECKNUM", CheckNum),
                     ("PAYEE", Payee), ("CORRECTFITID", CorrectFitId), ("CORRECTACTION", CorrectAction) })
            if (value?.Contains('\0') == true)
            {
                errors.Add(new(file, Ordinal, tag, $"Transaction {Ordinal}: {tag} holds a NUL character (the file is damaged)."));
                ok = false;
            }
        if (string.IsNullOrEmpty(DtPosted))
        {
            errors.Add(new(file, Ordinal, "DTPOSTED", $"Transaction {Ordinal}{Describe()}: the posting date (DTPOSTED) is missing or empty."));
            ok = false;
        }
        else if (!OfxValues.TryParseDate(DtPosted, out _))
        {
            errors.Add(new(file, Ordinal, "DTPOSTED", $"Transaction {Ordinal}{Describe()}: '{DtPosted}' is not a valid date."));
            ok = false;
        }
        if (string.IsNullOrEmpty(TrnAmt))
        {
            errors.Add(new(file, Ordinal, "TRNAMT", $"Transaction {Ordinal}{Describe()}: the amount (TRNAMT) is missing or empty."));
            ok = false;
        }
        else if (!OfxValues.TryParseAmount(TrnAmt, out _))
        {
            errors.Add(new(file, Ordinal, "TRNAMT", $"Transaction {Ordinal}{Describe()}: the amount '{TrnAmt}' is not a number."));
            ok = false;
        }
        if (!ok) return null;

        OfxValues.TryParseDate(DtPosted, out var date);
        OfxValues.TryParseAmount(TrnAmt, out var amount);
        return new StatementLine(Ordinal, date, amount, BestPayee(), NullIfEmpty(Memo), NullIfEmpty(FitId),
            NullIfEmpty(CheckNum), NullIfEmpty(TrnType), accountId)
        {
            CorrectsFitId = NullIfEmpty(CorrectFitId),
            CorrectionAction = NullIfEmpty(CorrectAction),
            Currency = OwnCurrency(),
        };
    }

    /// <summary>
    /// Only a CURRENCY aggregate says the amount is in another currency (converted to CURDEF at CURRATE). ORIGCURRENCY says the
    /// amount was already converted to CURDEF from that currency (a purchase abroad on a card): the amount is the statement's.
    /// </summary>
    private StatedCurrency? OwnCurrency() =>
        CurrencyAggregate == "CURRENCY" && !string.IsNullOrEmpty(CurSym)
            ? new(CurSymLine, "CURSYM", CurSym, $"transaction {Ordinal}", OfxValues.TryParseAmount(CurRate ?? "", out var rate) ? rate : null)
            : null;

    // Some banks put a placeholder ("000000000000000") in NAME and the real text in MEMO.
    private string BestPayee()
    {
        if (IsMeaningful(Name)) return Name!;
        if (IsMeaningful(Payee)) return Payee!;
        if (IsMeaningful(Memo)) return Memo!;
        return Name ?? Payee ?? "";
    }

    private static bool IsMeaningful(string? s) => !string.IsNullOrEmpty(s) && s.AsSpan().ContainsAnyExcept('0', ' ');

    private string Describe()
    {
        var what = BestPayee();
        return what.Length == 0 ? "" : $" ({what})";
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
