namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>
/// The category text each issuer's export puts beside a line, from the merchant's kind. The credit union's card
/// export has no such column. Texts follow the issuers' published category lists as closely as we know them.
/// </summary>
internal static class IssuerCategories
{
    public static string For(CardIssuer issuer, MerchantKind kind, bool payment = false) => issuer switch
    {
        CardIssuer.Amex => payment ? "" : Amex(kind),
        CardIssuer.Chase => payment ? "" : Chase(kind),
        CardIssuer.CapitalOne => payment ? "Payment/Credit" : CapitalOne(kind),
        _ => "",
    };

    private static string Amex(MerchantKind kind) => kind switch
    {
        MerchantKind.Hardware or MerchantKind.Nursery => "Merchandise & Supplies-Hardware Supplies",
        MerchantKind.Restaurant or MerchantKind.FastFood => "Restaurant-Restaurant",
        MerchantKind.Coffee => "Restaurant-Bar & Café",
        MerchantKind.Fuel => "Transportation-Fuel",
        MerchantKind.Airline => "Travel-Airline",
        MerchantKind.Lodging => "Travel-Lodging",
        MerchantKind.Taxi => "Transportation-Taxis & Coach",
        MerchantKind.Parking => "Transportation-Parking Charges",
        MerchantKind.Software => "Business Services-Internet Services",
        MerchantKind.OnlineRetail => "Merchandise & Supplies-Internet Purchase",
        MerchantKind.Wholesale => "Merchandise & Supplies-Wholesale Stores",
        MerchantKind.OfficeSupply => "Merchandise & Supplies-Office Supplies",
        MerchantKind.Telecom => "Communications-Cable & Internet Comm",
        MerchantKind.Utility => "Business Services-Utilities",
        MerchantKind.Advertising => "Business Services-Advertising Services",
        MerchantKind.Shipping => "Business Services-Mailing & Shipping",
        MerchantKind.Government => "Other-Government Services",
        MerchantKind.Insurance => "Business Services-Insurance Services",
        MerchantKind.AutoParts => "Merchandise & Supplies-Automotive Parts",
        MerchantKind.AutoService => "Transportation-Auto Services",
        MerchantKind.MedicalSupply => "Business Services-Health Care Services",
        MerchantKind.Professional => "Business Services-Professional Services",
        MerchantKind.Education => "Other-Education",
        MerchantKind.Grocery => "Merchandise & Supplies-Groceries",
        MerchantKind.Association => "Entertainment-Associations",
        MerchantKind.Fees => "Fees & Adjustments-Fees & Adjustments",
        MerchantKind.GeneralRetail => "Merchandise & Supplies-General Retail",
        _ => "Business Services-Other Services",
    };

    private static string Chase(MerchantKind kind) => kind switch
    {
        MerchantKind.Hardware or MerchantKind.Nursery or MerchantKind.Rental => "Home",
        MerchantKind.Restaurant or MerchantKind.FastFood or MerchantKind.Coffee => "Food & Drink",
        MerchantKind.Fuel => "Gas",
        MerchantKind.Airline or MerchantKind.Lodging or MerchantKind.Taxi or MerchantKind.Parking => "Travel",
        MerchantKind.Telecom or MerchantKind.Utility or MerchantKind.Insurance => "Bills & Utilities",
        MerchantKind.Advertising or MerchantKind.Professional or MerchantKind.Shipping or MerchantKind.Association => "Professional Services",
        MerchantKind.AutoParts or MerchantKind.AutoService => "Automotive",
        MerchantKind.MedicalSupply => "Health & Wellness",
        MerchantKind.Education => "Education",
        MerchantKind.Grocery => "Groceries",
        MerchantKind.Fees => "Fees & Adjustments",
        MerchantKind.Government => "Miscellaneous",
        _ => "Shopping",
    };

    private static string CapitalOne(MerchantKind kind) => kind switch
    {
        MerchantKind.Restaurant or MerchantKind.FastFood or MerchantKind.Coffee => "Dining",
        MerchantKind.Fuel or MerchantKind.AutoParts or MerchantKind.AutoService => "Gas/Automotive",
        MerchantKind.Airline => "Airfare",
        MerchantKind.Lodging => "Lodging",
        MerchantKind.Taxi or MerchantKind.Parking => "Other Travel",
        MerchantKind.Telecom => "Phone/Cable",
        MerchantKind.Utility => "Utilities",
        MerchantKind.Software => "Internet",
        MerchantKind.Insurance => "Insurance",
        MerchantKind.MedicalSupply => "Health Care",
        MerchantKind.Professional or MerchantKind.Advertising or MerchantKind.Shipping or MerchantKind.Government
            or MerchantKind.Education or MerchantKind.Association or MerchantKind.Rental => "Other Services",
        MerchantKind.Fees => "Fee/Interest Charge",
        _ => "Merchandise",
    };
}
