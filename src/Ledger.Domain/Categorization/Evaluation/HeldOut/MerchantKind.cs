namespace Ledger.Domain.Categorization.Evaluation.HeldOut;

/// <summary>
/// What a merchant sells, as a card network's merchant category code says it; each card issuer prints its own
/// category text for it (<see cref="IssuerCategories"/>).
/// </summary>
public enum MerchantKind
{
    Other, Hardware, Restaurant, Coffee, FastFood, Fuel, Airline, Lodging, Taxi, Parking, Software, OnlineRetail,
    Wholesale, OfficeSupply, Telecom, Utility, Advertising, Shipping, Government, Insurance, AutoParts, AutoService,
    MedicalSupply, Professional, Education, Grocery, Rental, GeneralRetail, Nursery, Association, Fees,
}
