namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>How each card issuer's export prints a purchase, a payment received and its own fee.</summary>
internal static class CardFormats
{
    public static string Purchase(CardIssuer issuer, string merchant, string city, string state) => issuer switch
    {
        // Amex pads the merchant and city fields like the network record it received.
        CardIssuer.Amex => $"{merchant.ToUpperInvariant(),-25}{city.ToUpperInvariant(),-15}{state}",
        CardIssuer.Chase => merchant,
        CardIssuer.CapitalOne => $"{merchant.ToUpperInvariant()} {city.ToUpperInvariant()} {state}".Trim(),
        _ => $"{merchant} {city} {state}".ToUpperInvariant().Trim(),
    };

    public static string PaymentReceived(CardIssuer issuer, bool autopay) => issuer switch
    {
        CardIssuer.Amex => autopay ? "AUTOPAY PAYMENT RECEIVED - THANK YOU" : "ONLINE PAYMENT - THANK YOU",
        CardIssuer.Chase => autopay ? "AUTOMATIC PAYMENT - THANK" : "Payment Thank You-Mobile",
        CardIssuer.CapitalOne => autopay ? "CAPITAL ONE AUTOPAY PYMT" : "CAPITAL ONE MOBILE PYMT",
        _ => "PAYMENT RECEIVED - THANK YOU",
    };

    public static string AnnualFee(CardIssuer issuer) => issuer switch
    {
        CardIssuer.CapitalOne => "CAPITAL ONE MEMBER FEE",
        CardIssuer.CreditUnionVisa => "ANNUAL FEE",
        _ => "ANNUAL MEMBERSHIP FEE",
    };
}
