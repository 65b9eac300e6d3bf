using System.Globalization;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>How each checking bank prints card purchases, ACH entries, checks and deposits.</summary>
internal static class CheckingFormats
{
    /// <summary>Credit unions here export only the 32-character OFX name.</summary>
    public const int CreditUnionWidth = 32;

    public static string Debit(TenantProfile tenant, string merchant, string place, LocalDate bought, bool recurring, bool pin, DescriptorTokens t)
    {
        var last4 = tenant.DebitLast4;
        return tenant.Checking switch
        {
            CheckingStyle.Chase when recurring => Inv($"RECURRING CARD PURCHASE {bought:MM/dd} {merchant} {place} CARD {last4}"),
            CheckingStyle.Chase when pin => Inv($"CARD PURCHASE WITH PIN {bought:MM/dd} {merchant} {place} CARD {last4}"),
            CheckingStyle.Chase => Inv($"CARD PURCHASE      {bought:MM/dd} {merchant} {place} CARD {last4}"),
            CheckingStyle.BankOfAmerica when pin => Inv($"PURCHASE {bought:MMdd} {merchant} {place}"),
            CheckingStyle.BankOfAmerica => Inv($"CHECKCARD {bought:MMdd} {merchant} {place} {t.Digits(23)}") + (recurring ? $" RECURRING CKCD {last4}" : ""),
            CheckingStyle.WellsFargo when recurring => Inv($"RECURRING PAYMENT AUTHORIZED ON {bought:MM/dd} {merchant} {place} S{t.Digits(15)} CARD {last4}"),
            CheckingStyle.WellsFargo when pin => Inv($"PURCHASE WITH CASH BACK $ 0.00 AUTHORIZED ON {bought:MM/dd} {merchant} {place} P{t.Digits(15)} CARD {last4}"),
            CheckingStyle.WellsFargo => Inv($"PURCHASE AUTHORIZED ON {bought:MM/dd} {merchant} {place} S{t.Digits(15)} CARD {last4}"),
            _ when pin => $"POS DEBIT {merchant} {place}".Cut(CreditUnionWidth),
            _ => Inv($"DBT CRD {t.Digits(4)} {bought:MM/dd/yy} {merchant}").Cut(CreditUnionWidth),
        };
    }

    public static string Ach(TenantProfile tenant, string company, string entry, LocalDate date, bool inflow, DescriptorTokens t)
    {
        company = company.Cut(16);
        entry = entry.Cut(10);
        var originator = "1" + TextCut.StableDigits(company, 9);
        var individual = TextCut.StableLetters(company + tenant.Name, 6 + (int)(TextCut.StableHash(company) % 8));
        var sec = TextCut.StableHash(company) % 5 == 0 ? "PPD" : "CCD";
        var name = tenant.AchName.Cut(22);
        return tenant.Checking switch
        {
            CheckingStyle.Chase =>
                Inv($"ORIG CO NAME:{company} ORIG ID:{originator} DESC DATE:{date.PlusDays(-1):yyMMdd} CO ENTRY DESCR:{entry,-10}SEC:{sec} ") +
                Inv($"TRACE#:{t.Digits(15)} EED:{date:yyMMdd} IND ID:{individual} IND NAME:{name} TRN: {t.Digits(10)}TC"),
            CheckingStyle.BankOfAmerica => $"{company} DES:{entry} ID:{individual} INDN:{name} CO ID:{originator} {sec}",
            CheckingStyle.WellsFargo when sec == "CCD" && !inflow =>
                Inv($"BUSINESS TO BUSINESS ACH DEBIT {company} {entry} {date:yyMMdd} {individual} {name}"),
            CheckingStyle.WellsFargo => Inv($"{company} {entry} {date:yyMMdd} {individual} {name}"),
            _ => $"ACH {(inflow ? "CREDIT" : "DEBIT")} {company} {entry}".Cut(CreditUnionWidth),
        };
    }

    /// <summary>Dates in statement text never follow the machine's culture.</summary>
    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string Check(CheckingStyle style) => style switch
    {
        CheckingStyle.Chase => "CHECK {check}",
        CheckingStyle.BankOfAmerica => "Check {check}",
        CheckingStyle.WellsFargo => "CHECK # {check}",
        _ => "DRAFT {check}",
    };

    public static string Deposit(TenantProfile tenant, LocalDate date, DescriptorTokens t)
    {
        var mobile = t.Digits(1) != "0";
        return tenant.Checking switch
        {
            CheckingStyle.Chase => mobile ? $"REMOTE ONLINE DEPOSIT #          {1 + int.Parse(t.Digits(1))}" : $"DEPOSIT  ID NUMBER {t.Digits(6)}",
            CheckingStyle.BankOfAmerica => mobile ? Inv($"BKOFAMERICA MOBILE {date:MM/dd} {t.Digits(10)} DEPOSIT *MOBILE {tenant.Towns[0].State}") : "Counter Credit",
            CheckingStyle.WellsFargo => mobile ? $"MOBILE DEPOSIT : REF NUMBER :{t.Digits(12)}" : "DEPOSIT MADE IN A BRANCH/STORE",
            _ => mobile ? "MOBILE DEPOSIT" : $"DEPOSIT AT BRANCH {t.Digits(3)}",
        };
    }
}
