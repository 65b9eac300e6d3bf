using System.Text;

namespace Ledger.Jobs.Commands.Fuzz;

/// <summary>One mutated statement: its bytes, the fixture it came from, and the recipe that made it (to replay or keep it).</summary>
public sealed record MutatedStatement(string Fixture, int Seed, string Recipe, byte[] Bytes)
{
    /// <summary>The upload's file name: the fixture's, so the reader sees the extension a bank would have given it.</summary>
    public string FileName => Path.GetFileName(Fixture);
}

/// <summary>
/// Seeded random damage to a statement file, the kinds real uploads carry: flipped bytes, cut, repeated and swapped lines,
/// truncation, a stray '&lt;' or quote, NULs, byte order marks in odd places, long runs, numbers made huge or odd. The same
/// (file, seed) always gives the same bytes, so a finding is replayed from its seed alone.
/// </summary>
public static class StatementMutator
{
    static readonly byte[][] Inserts =
    [
        "<"u8.ToArray(), "\""u8.ToArray(), [0], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], ">"u8.ToArray(), "&"u8.ToArray(), "&#"u8.ToArray(),
        "<![CDATA["u8.ToArray(), "<!--"u8.ToArray(), "<STMTTRN>"u8.ToArray(), "</STMTTRN>"u8.ToArray(), "\r"u8.ToArray(), "\n"u8.ToArray(),
        ","u8.ToArray(), ";"u8.ToArray(), "\t"u8.ToArray(), "-"u8.ToArray(), [0xC3], [0x80], "=cmd|' /C calc'!A0"u8.ToArray(),
    ];

    static readonly string[] OddValues =
    [
        "99999999999999999999999999999999", "-0", "0", "1e30", "NaN", "12,34,56", "1.2.3", "--5", "+-3", "00000000", "99991231",
        "20240230", "17530101", "", "  ", "-79228162514264337593543950335", "0.000000000000000000000000001", "٣٤", "１２",
    ];

    public static MutatedStatement Mutate(string fixture, byte[] original, int seed, int maxMutations = 4)
    {
        var rng = new Random(seed);
        var data = new List<byte>(original);
        var recipe = new StringBuilder();
        var count = 1 + rng.Next(maxMutations);
        for (var m = 0; m < count; m++)
        {
            if (recipe.Length > 0) recipe.Append("; ");
            recipe.Append(Apply(data, rng));
        }
        return new MutatedStatement(fixture, seed, recipe.ToString(), [.. data]);
    }

    static string Apply(List<byte> d, Random rng)
    {
        int At(int extra = 0) => d.Count + extra == 0 ? 0 : rng.Next(d.Count + extra);
        switch (rng.Next(12))
        {
            case 0:
            {
                if (d.Count == 0) goto default;
                var i = At();
                var bit = 1 << rng.Next(8);
                d[i] ^= (byte)bit;
                return $"flip bit {bit} of byte {i}";
            }
            case 1:
            {
                var (s, e) = Line(d, rng);
                d.RemoveRange(s, e - s);
                return $"cut bytes {s}..{e} (a line)";
            }
            case 2:
            {
                var (s, e) = Line(d, rng);
                var times = 1 + rng.Next(3);
                var line = d.GetRange(s, e - s);
                for (var t = 0; t < times; t++) d.InsertRange(e, line);
                return $"repeat bytes {s}..{e} (a line) {times}x";
            }
            case 3:
            {
                var (s1, e1) = Line(d, rng);
                var a = d.GetRange(s1, e1 - s1);
                d.RemoveRange(s1, e1 - s1);
                var to = Math.Min(At(1), d.Count);
                d.InsertRange(to, a);
                return $"move bytes {s1}..{e1} (a line) to {to}";
            }
            case 4:
            {
                var at = At();
                d.RemoveRange(at, d.Count - at);
                return $"truncate at {at}";
            }
            case 5 or 6:
            {
                var what = Inserts[rng.Next(Inserts.Length)];
                var at = rng.Next(4) == 0 ? 0 : At(1);
                d.InsertRange(Math.Min(at, d.Count), what);
                return $"insert {Show(what)} at {at}";
            }
            case 7:
            {
                var at = At(1);
                var len = 1 + rng.Next(16);
                var junk = new byte[len];
                rng.NextBytes(junk);
                d.InsertRange(Math.Min(at, d.Count), junk);
                return $"insert {len} random bytes at {at}";
            }
            case 8:
            {
                // A run long enough to cross the readers' 64 KB buffers and the CSV sniffing window.
                var what = Inserts[rng.Next(Inserts.Length)];
                var times = 1 << rng.Next(8, 16);
                var at = At(1);
                var run = new List<byte>(what.Length * times);
                for (var t = 0; t < times; t++) run.AddRange(what);
                d.InsertRange(Math.Min(at, d.Count), run);
                return $"insert {Show(what)} x{times} at {at}";
            }
            case 9:
            {
                // Replace a run of digits (a date, an amount, an id) with an odd value.
                var start = FindDigits(d, At());
                if (start < 0) goto default;
                var end = start;
                while (end < d.Count && (char.IsAsciiDigit((char)d[end]) || d[end] is (byte)'.' or (byte)',' or (byte)'-')) end++;
                var value = OddValues[rng.Next(OddValues.Length)];
                d.RemoveRange(start, end - start);
                d.InsertRange(start, Encoding.UTF8.GetBytes(value));
                return $"replace the number at {start} with '{value}'";
            }
            case 10:
            {
                if (d.Count == 0) goto default;
                var at = At();
                var len = Math.Min(d.Count - at, 1 + rng.Next(64));
                d.RemoveRange(at, len);
                return $"delete {len} bytes at {at}";
            }
            default:
            {
                var at = At(1);
                d.Insert(Math.Min(at, d.Count), (byte)rng.Next(256));
                return $"insert one byte at {at}";
            }
        }
    }

    static (int Start, int End) Line(List<byte> d, Random rng)
    {
        if (d.Count == 0) return (0, 0);
        var at = rng.Next(d.Count);
        var s = at;
        while (s > 0 && d[s - 1] != '\n') s--;
        var e = at;
        while (e < d.Count && d[e] != '\n') e++;
        return (s, Math.Min(d.Count, e + 1));
    }

    static int FindDigits(List<byte> d, int from)
    {
        for (var k = 0; k < d.Count; k++)
        {
            var i = (from + k) % d.Count;
            if (char.IsAsciiDigit((char)d[i]) && (i == 0 || !char.IsAsciiDigit((char)d[i - 1]))) return i;
        }
        return -1;
    }

    static string Show(byte[] b) => b.All(x => x is >= 0x20 and < 0x7F) ? $"'{Encoding.ASCII.GetString(b)}'" : Convert.ToHexString(b);
}
