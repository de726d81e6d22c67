/// The documented maxima of what Wieg stores, the same in forms, CSV and HSDS imports and
/// the API. A value above one gets a Dutch error naming the line and field.
public enum Limits {
    /// A name or title.
    public static let name = 200
    /// A short text: target group, costs, a step of a care path.
    public static let short = 500
    /// A description.
    public static let description = 4000
    /// Items of one list field (ambitions, action lines, members; a service's municipalities:
    /// more than the country has).
    public static let listItems = 400
    /// Steps of one care path.
    public static let zorgpadSteps = 50
    /// One count (an indicator's numerator or denominator, a reach count): more than
    /// everyone in the country.
    public static let count = 100_000_000
    /// One budget amount: € 100 million.
    public static let amountCents: Int64 = 100_000_000 * 100

    /// The maximum for an HSDS field by its key.
    public static func hsds(_ key: String) -> Int {
        switch key {
        case "name", "alternate_name", "email", "number", "address_1", "city", "postal_code": name
        case "eligibility_description", "fees_description", "application_process": short
        default: description
        }
    }
}
