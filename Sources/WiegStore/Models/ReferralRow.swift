import Fluent
import Foundation

/// One service on one hulpkaart: the code, the service, the municipality, the day made and
/// the day contact was confirmed. No other column: the closed loop holds no client data.
public final class ReferralRow: Model, @unchecked Sendable {
    public static let schema = "referrals"

    @ID(key: .id) public var id: UUID?
    @Field(key: "code") public var code: String
    @Field(key: "service_id") public var serviceID: UUID
    @Field(key: "municipality_code") public var municipalityCode: String
    @Field(key: "made_on") public var madeOn: String
    @OptionalField(key: "confirmed_on") public var confirmedOn: String?

    public init() {}

    public init(code: String, serviceID: UUID, municipalityCode: String, madeOn: String) {
        self.code = code
        self.serviceID = serviceID
        self.municipalityCode = municipalityCode
        self.madeOn = madeOn
    }
}
