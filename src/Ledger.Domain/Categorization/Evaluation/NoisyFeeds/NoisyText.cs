using System.Globalization;
using NodaTime;

namespace Ledger.Domain.Categorization.Evaluation.NoisyFeeds;

/// <summary>
/// Prints a counterparty the ways US banks do: card network lines (name cut at 25 characters, store number, city cut at 13,
/// state), debit-card lines of several banks ("PURCHASE AUTHORIZED ON", "CHECKCARD", "POS DEBIT"), ACH entries with
/// their DES/ID/INDN or ORIG CO NAME fields, checks, Zelle transfers and deposits.
/// </summary>
internal static class NoisyText
{
    private static readonly string[] Cities =
    [
        "SACRAMENTO CA", "ROSEVILLE CA", "DAVIS CA", "FOLSOM CA", "ELK GROVE CA", "RENO NV", "SPARKS NV", "BOISE ID", "MERIDIAN ID",
        "NAMPA ID", "SPOKANE WA", "KENNEWICK WA", "TUCSON AZ", "MESA AZ", "ALBUQUERQUE NM", "SANTA FE NM", "OMAHA NE", "LINCOLN NE",
    ];

    public static string Card(string name, int style, LocalDate date, Random rng)
    {
        var city = Cities[rng.Next(Cities.Length)];
        var store = rng.Next(3) == 0 ? "" : (rng.Next(2) == 0 ? " #" : " ") + Digits(rng, rng.Next(3, 6));
        var merchant = Cut(name + store, 25);
        return ((style + rng.Next(2)) % 4) switch
        {
            0 => $"{merchant} {Cut(city[..^3], 13)} {city[^2..]}",
            1 => $"{merchant} {city}",
            2 => $"{name} {Digits(rng, 3)}-{Digits(rng, 3)}-{Digits(rng, 4)} {city[^2..]}",
            _ => $"{merchant} {city[^2..]}",
        };
    }

    public static string Debit(string name, int style, LocalDate date, Random rng)
    {
        var city = Cities[rng.Next(Cities.Length)];
        var md = date.ToString("MM/dd", CultureInfo.InvariantCulture);
        return ((style + rng.Next(2)) % 3) switch
        {
            0 => $"PURCHASE AUTHORIZED ON {md} {Cut(name, 25)} {city} S{Digits(rng, 15)} CARD {Digits(rng, 4)}",
            1 => $"CHECKCARD {md.Replace("/", "")} {Cut(name, 25)} {city} {Digits(rng, 23)}",
            _ => $"POS DEBIT {Cut(name, 22)} {Digits(rng, 4)} {city}",
        };
    }

    public static string Ach(string name, string what, string owner, LocalDate date, Random rng) => rng.Next(4) switch
    {
        0 => $"{name} DES:{what} ID:{Digits(rng, 10)} INDN:{owner} CO ID:{Digits(rng, 10)} CCD",
        1 => $"ORIG CO NAME:{name} ORIG ID:{Digits(rng, 10)} DESC DATE:{date:yyMMdd} CO ENTRY DESCR:{what} SEC:CCD TRACE#:{Digits(rng, 15)}",
        2 => $"ACH DEBIT {name} {what} {Digits(rng, 6)}",
        _ => $"{name} {what} {Digits(rng, 10)} WEB ID: {Digits(rng, 10)}",
    };

    public static string Check(Random rng) => rng.Next(2) == 0 ? $"CHECK {Digits(rng, 4)}" : $"CHECK # {Digits(rng, 4)}";

    public static string Zelle(string person, bool incoming, LocalDate date, Random rng) => (incoming, rng.Next(2)) switch
    {
        (true, 0) => $"ZELLE PAYMENT FROM {person} {Ref(rng)}",
        (true, _) => $"ONLINE TRANSFER FROM {person} ON {date:MM/dd} REF #{Ref(rng)}",
        (false, 0) => $"ZELLE PAYMENT TO {person} {Ref(rng)}",
        (false, _) => $"ZELLE TO {person} ON {date:MM/dd} REF # {Ref(rng)}",
    };

    public static string Deposit(string name, Random rng) => rng.Next(3) switch
    {
        0 => $"{name} {Digits(rng, 8)}",
        1 => $"DEPOSIT {name} {Ref(rng)}",
        _ => $"{name} DES:DEPOSIT ID:{Ref(rng)}",
    };

    public static string Cut(string s, int max) => s.Length > max ? s[..max].TrimEnd() : s;

    private static string Digits(Random rng, int n) => new([.. Enumerable.Range(0, n).Select(_ => (char)('0' + rng.Next(10)))]);

    private static string Ref(Random rng) => new([.. Enumerable.Range(0, 10).Select(_ => "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[rng.Next(34)])]);
}
