namespace Ledger.Domain.Decisions.Earned;

/// <summary>
/// The exact (Clopper-Pearson) one-sided upper confidence bound on an error rate after seeing <c>errors</c> in
/// <c>n</c> trials: the largest rate p at which seeing that few errors still had probability ≥ 1 − confidence.
/// With no errors it is 1 − (1 − confidence)^(1/n), so 0 errors in 598 outcomes bound the rate by 0.4997% at 95%.
/// </summary>
public static class ErrorBound
{
    public static double Upper(int errors, int n, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(errors);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, errors);
        if (confidence is <= 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "must be between 0 and 1.");
        if (n == 0 || errors == n) return 1.0;
        var alpha = 1 - confidence;
        if (errors == 0) return 1 - Math.Pow(alpha, 1.0 / n);
        // P(X ≤ errors) falls as p rises: bisect for the p where it equals alpha.
        double lo = (double)errors / n, hi = 1.0;
        for (var i = 0; i < 200 && hi - lo > 1e-15; i++)
        {
            var mid = (lo + hi) / 2;
            if (BinomialCdf(errors, n, mid) > alpha) lo = mid; else hi = mid;
        }
        return hi;
    }

    /// <summary>P(X ≤ k) for X ~ Binomial(n, p), summed in log space so large n does not underflow.</summary>
    public static double BinomialCdf(int k, int n, double p)
    {
        if (p <= 0) return 1.0;
        if (p >= 1) return k >= n ? 1.0 : 0.0;
        double logP = Math.Log(p), logQ = Math.Log(1 - p), logC = 0, sum = 0;
        for (var i = 0; i <= k; i++)
        {
            if (i > 0) logC += Math.Log(n - i + 1) - Math.Log(i);
            sum += Math.Exp(logC + i * logP + (n - i) * logQ);
        }
        return Math.Min(1.0, sum);
    }
}
