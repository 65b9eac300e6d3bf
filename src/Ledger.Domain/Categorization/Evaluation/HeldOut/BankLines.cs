using System.Globalization;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>
/// The lines a checking bank writes itself: fees, interest, transfers between own accounts, Zelle, wires, and the
/// card payment. <c>name</c> is the counterparty where the line names one (a wire's is "BENEFICIARY|BANK").
/// </summary>
internal static class BankLines
{
    public static string Text(TenantProfile tenant, BankLine line, string name, LocalDate date, DescriptorTokens t)
    {
        var sav = tenant.SavingsLast4;
        var own = name.Length == 4 && name.All(char.IsAsciiDigit) ? name : tenant.OwnerLast4;
        var (town, state) = tenant.Towns[0];
        var parts = name.Split('|');
        var text = tenant.Checking switch
        {
            CheckingStyle.Chase => line switch
            {
                BankLine.ServiceFee => "MONTHLY SERVICE FEE",
                BankLine.WireFee => "ONLINE DOMESTIC WIRE FEE",
                BankLine.Interest => "INTEREST PAYMENT",
                BankLine.ToSavings => $"Online Transfer to SAV ...{sav} transaction#: {t.Digits(11)} {Md(date)}",
                BankLine.FromSavings => $"Online Transfer from SAV ...{sav} transaction#: {t.Digits(11)}",
                BankLine.ToOwner => $"Online Transfer to CHK ...{own} transaction#: {t.Digits(11)} {Md(date)}",
                BankLine.FromOwner => $"Online Transfer from CHK ...{own} transaction#: {t.Digits(11)}",
                BankLine.ZelleIn => $"Zelle Payment From {name} {t.Letters(10)}",
                BankLine.ZelleOut => $"Zelle Payment To {name} JPM99{t.Letters(6)}",
                BankLine.AtmCash => $"ATM WITHDRAWAL                       {t.Digits(6)} {Md(date)} {name} {town} {state}",
                _ => $"ONLINE INTERNATIONAL WIRE TRANSFER A/C: {parts[0]} REF: {t.Letters(8)} TRN: {t.Digits(10)}ES",
            },
            CheckingStyle.BankOfAmerica => line switch
            {
                BankLine.ServiceFee => "Monthly Fee Business Adv Fundamentals",
                BankLine.WireFee => "Wire Transfer Fee",
                BankLine.Interest => "Interest Earned",
                BankLine.ToSavings => $"Online Banking transfer to SAV {sav} Confirmation# {t.Digits(10)}",
                BankLine.FromSavings => $"Online Banking transfer from SAV {sav} Confirmation# {t.Digits(10)}",
                BankLine.ToOwner => $"Online Banking transfer to CHK {own} Confirmation# {t.Digits(10)}",
                BankLine.FromOwner => $"Online Banking transfer from CHK {own} Confirmation# {t.Digits(10)}",
                BankLine.ZelleIn => $"Zelle payment from {name} Conf# {t.Letters(9).ToLowerInvariant()}",
                BankLine.ZelleOut => $"Zelle payment to {name} Conf# {t.Letters(9).ToLowerInvariant()}",
                BankLine.AtmCash => $"BKOFAMERICA ATM {Md(date)} #{t.Digits(9)} WITHDRWL {name} {state}",
                _ => $"WIRE TYPE:INTL OUT DATE:{Ymd(date)} TIME:{t.Digits(4)} ET TRN:{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}{t.Digits(8)} " +
                     $"SERVICE REF:{t.Digits(6)} BNF:{parts[0]} ID:{t.Digits(12)} BNF BK:{parts.ElementAtOrDefault(1)} ID:{t.Letters(11)} PMT DET:{t.Letters(10)}",
            },
            CheckingStyle.WellsFargo => line switch
            {
                BankLine.ServiceFee => "MONTHLY SERVICE FEE",
                BankLine.WireFee => $"WIRE TRANS SVC CHARGE - SEQUENCE: {Ymd(date)}{t.Digits(6)} SRF# {t.Digits(16)} TRN#{Ymd(date)}{t.Digits(6)} RFB# {t.Digits(9)}",
                BankLine.Interest => "INTEREST PAYMENT",
                BankLine.ToSavings => $"ONLINE TRANSFER TO {tenant.AchName} BUSINESS MARKET RATE SAVINGS XXXXXX{sav} REF #IB0{t.Letters(7)} ON {Mdy(date)}",
                BankLine.FromSavings => $"ONLINE TRANSFER FROM {tenant.AchName} BUSINESS MARKET RATE SAVINGS XXXXXX{sav} REF #IB0{t.Letters(7)} ON {Mdy(date)}",
                BankLine.ToOwner => $"ONLINE TRANSFER TO {tenant.Owner} EVERYDAY CHECKING XXXXXX{own} REF #IB0{t.Letters(7)} ON {Mdy(date)}",
                BankLine.FromOwner => $"ONLINE TRANSFER FROM {tenant.Owner} EVERYDAY CHECKING XXXXXX{own} REF #IB0{t.Letters(7)} ON {Mdy(date)}",
                BankLine.ZelleIn => $"ZELLE FROM {name} ON {Md(date)} REF # WFCT0{t.Letters(6)}",
                BankLine.ZelleOut => $"ZELLE TO {name} ON {Md(date)} REF # WFCT0{t.Letters(6)}",
                BankLine.AtmCash => $"ATM WITHDRAWAL AUTHORIZED ON {Md(date)} {name} {town} {state} {t.Digits(10)} ATM ID {t.Digits(4)} CARD {tenant.DebitLast4}",
                _ => $"WT {t.Digits(6)}-{t.Digits(6)} {parts.ElementAtOrDefault(1)} /BNF={parts[0]} SRF# {t.Digits(16)} TRN#{Ymd(date)}{t.Digits(6)} RFB# {t.Digits(9)}",
            },
            _ => line switch
            {
                BankLine.ServiceFee => "SERVICE CHARGE",
                BankLine.WireFee => "WIRE TRANSFER FEE",
                BankLine.Interest => "DIVIDEND DEPOSIT",
                BankLine.ToSavings => $"TRANSFER TO SAVINGS {sav}",
                BankLine.FromSavings => $"TRANSFER FROM SAVINGS {sav}",
                BankLine.ToOwner => $"ONLINE XFER TO XXXXX{own}",
                BankLine.FromOwner => $"ONLINE XFER FROM XXXXX{own}",
                BankLine.ZelleIn => $"ZELLE CREDIT {name}",
                BankLine.ZelleOut => $"ZELLE DEBIT {name}",
                BankLine.AtmCash => $"ATM W/D {name}",
                _ => $"OUTGOING WIRE {parts[0]}",
            },
        };
        return tenant.Checking == CheckingStyle.CreditUnion ? text.Cut(CheckingFormats.CreditUnionWidth) : text;
    }

    /// <summary>The checking side of paying a card's statement.</summary>
    public static string CardPayment(TenantProfile tenant, CardAccount card, LocalDate date, DescriptorTokens t) =>
        (tenant.Checking, card.Issuer) switch
        {
            (CheckingStyle.Chase, CardIssuer.Chase) => $"Payment to Chase card ending in {card.Last4} {Md(date)}",
            (CheckingStyle.CreditUnion, CardIssuer.CreditUnionVisa) => $"XFER TO VISA XXXXXXXXXXXX{card.Last4}",
            (_, CardIssuer.Amex) => CheckingFormats.Ach(tenant, "AMEX EPAYMENT", "ACH PMT", date, false, t),
            (_, CardIssuer.Chase) => CheckingFormats.Ach(tenant, "CHASE CREDIT CRD", "AUTOPAY", date, false, t),
            (_, CardIssuer.CapitalOne) => CheckingFormats.Ach(tenant, "CAPITAL ONE", "CRCARDPMT", date, false, t),
            _ => CheckingFormats.Ach(tenant, "CARD SVC CTR", "PAYMENT", date, false, t),
        };

    private static string Md(LocalDate d) => d.ToString("MM'/'dd", CultureInfo.InvariantCulture);
    private static string Mdy(LocalDate d) => d.ToString("MM'/'dd'/'yy", CultureInfo.InvariantCulture);
    private static string Ymd(LocalDate d) => d.ToString("yyMMdd", CultureInfo.InvariantCulture);
}
