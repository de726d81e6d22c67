import Fluent
import Foundation
import WiegCore

/// An area: the country, a province, region, municipality, neighbourhood or PC4 area.
/// Its code is its id (see `AreaCode`).
public final class AreaRow: Model, @unchecked Sendable {
    public static let schema = "areas"

    @ID(custom: "code", generatedBy: .user) public var id: String?
    @Field(key: "kind") public var kindRaw: String
    @Field(key: "name") public var name: String
    @OptionalField(key: "parent_code") public var parentCode: String?
    /// Demo or filler data that is not real, shown as such.
    @Field(key: "synthetic") public var synthetic: Bool

    public init() {}

    public init(code: String, kind: AreaKind, name: String, parentCode: String?, synthetic: Bool) {
        self.id = code
        self.kindRaw = kind.rawValue
        self.name = name
        self.parentCode = parentCode
        self.synthetic = synthetic
    }

    public var code: String { id ?? "" }
    public var kind: AreaKind { AreaKind(rawValue: kindRaw) ?? .gemeente }
}
