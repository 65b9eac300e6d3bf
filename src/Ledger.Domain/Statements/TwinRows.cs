using System.Globalization;
using System.Numerics;

namespace Ledger.Domain.Statements;

/// <summary>
/// Numbers identical rows without a FITID (two identical coffees on one day are two purchases: ordinals 1 and 2) over a
/// file of any size without a counter per row. First pass: <see cref="Observe"/> each such row's fingerprint. A Bloom
/// filter of fixed size remembers the fingerprints seen; one it reports as seen before goes into a small exact set of
/// "maybe repeated" fingerprints (the true repeats plus the filter's rare false positives). A Bloom filter has no false
/// negatives, so a fingerprint outside that set occurs exactly once in the file and its ordinal is 1. Second pass: a
/// <see cref="Numbering"/> counts only the maybe-repeated fingerprints. Memory: the filter (set by the expected row count,
/// 1 KB to 2 MB) plus a few dozen bytes per repeated row. Too small a filter costs only more false positives, never a wrong
/// ordinal.
/// </summary>
public sealed class TwinRows
{
    const int HashesPerKey = 5;
    const int BitsPerExpectedRow = 16;
    const int MinBits = 1 << 13, MaxBits = 1 << 24;

    readonly ulong[] bits;
    readonly ulong mask;
    readonly HashSet<ulong> maybeRepeated = [];

    public TwinRows(long expectedRows)
    {
        var wanted = (ulong)Math.Clamp(expectedRows * BitsPerExpectedRow, MinBits, MaxBits);
        var size = BitOperations.RoundUpToPowerOf2(wanted);
        bits = new ulong[size / 64];
        mask = size - 1;
    }

    /// <summary>Fingerprints that may occur more than once: only these are counted in the second pass.</summary>
    public int MaybeRepeated => maybeRepeated.Count;

    /// <summary>Size of the filter in bytes.</summary>
    public int FilterBytes => bits.Length * sizeof(ulong);

    /// <summary>First pass: one call per row without a FITID, in file order.</summary>
    public void Observe(string fingerprint)
    {
        var key = Key(fingerprint);
        var (h1, h2) = ((uint)key, (uint)(key >> 32) | 1u);
        var present = true;
        for (var i = 0u; i < HashesPerKey; i++)
        {
            var bit = (h1 + i * h2) & mask;
            ref var word = ref bits[bit >> 6];
            var flag = 1UL << (int)(bit & 63);
            if ((word & flag) == 0) { present = false; word |= flag; }
        }
        if (present) maybeRepeated.Add(key);
    }

    /// <summary>Second pass (and each retry of it): a fresh count, fed the same rows in the same order as the first pass.</summary>
    public Numbering Number() => new(this);

    public sealed class Numbering(TwinRows twins)
    {
        readonly Dictionary<ulong, int> counts = [];

        /// <summary>The ordinal of this row among the identical rows before it in the file, from 1.</summary>
        public int Next(string fingerprint)
        {
            var key = Key(fingerprint);
            if (!twins.maybeRepeated.Contains(key)) return 1;
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
            return ++count;
        }
    }

    /// <summary>A fingerprint is 16 hex digits of a SHA-256 (<see cref="TransactionIds.Fingerprint"/>): 64 well-mixed bits.</summary>
    static ulong Key(string fingerprint) => ulong.Parse(fingerprint, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
}
