namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>Modifiers that read as a sentence in a profile: <c>Card(...).Times(3).Around(80, 0.5).To("6210")</c>.</summary>
public static class PayeeOptions
{
    public static Payee Times(this Payee p, double perMonth) => p with { Schedule = new Schedule.PerMonth(perMonth) };
    public static Payee Monthly(this Payee p, int day) => p with { Schedule = new Schedule.MonthlyOn(day) };
    public static Payee Every(this Payee p, int weeks, NodaTime.IsoDayOfWeek day) => p with { Schedule = new Schedule.Weekly(day, weeks) };
    public static Payee On(this Payee p, params (int Month, int Day)[] days) => p with { Schedule = new Schedule.OnDays(days) };
    public static Payee Quarterly(this Payee p, int day) => p.On((1, day), (4, day), (6, day), (9, day));

    public static Payee Around(this Payee p, decimal median, double spread) => p with { Amount = Amounts.Around(median, spread) };
    public static Payee Fixed(this Payee p, decimal amount, params (int FromMonth, decimal Amount)[] steps) =>
        p with { Amount = Amounts.Fixed(amount, steps) };
    /// <summary>Round to whole multiples (owner draws of 2,500.00, transfers of 5,000.00).</summary>
    public static Payee RoundTo(this Payee p, decimal unit) => p with { Amount = p.Amount with { Unit = unit } };
    /// <summary>Amounts follow these twelve month factors (utilities, seasonal payroll).</summary>
    public static Payee Shape(this Payee p, params double[] months) => p with { Amount = p.Amount with { MonthFactors = months } };
    public static Payee Limit(this Payee p, decimal min, decimal max) => p with { Amount = p.Amount with { Min = min, Max = max } };

    public static Payee To(this Payee p, string code) => p with { Account = AccountRule.Always(code) };
    /// <summary>The account depends on the size of the amount: each tier holds amounts up to its bound.</summary>
    public static Payee Tiers(this Payee p, params (decimal UpTo, string Code)[] tiers) => p with { Account = new AccountRule(tiers, null) };
    /// <summary>From <paramref name="month"/> on, the bookkeeper posts this payee to another account.</summary>
    public static Payee Reclassified(this Payee p, int month, string code) => p with { Account = p.Account with { Reclass = (month, code) } };

    public static Payee In(this Payee p) => p with { Inflow = true };
    public static Payee Refunds(this Payee p, double rate) => p with { RefundRate = rate };
    public static Payee From(this Payee p, int month) => p with { FromMonth = month };
    public static Payee Until(this Payee p, int month) => p with { ToMonth = month };
    public static Payee At(this Payee p, string where) => p with { Where = where };
    public static Payee Seasonal(this Payee p) => p with { Seasonal = true };
    public static Payee OnCard(this Payee p, string code) => p with { CardCode = code };
}
