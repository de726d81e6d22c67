import Fluent
import Foundation

/// One platform setting a beheerder keeps (for example the websites that may embed the
/// parents' finder), by key, its value as JSON text.
public final class SettingRow: Model, @unchecked Sendable {
    public static let schema = "settings"

    @ID(custom: "key", generatedBy: .user) public var id: String?
    @Field(key: "value") public var value: String
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public init(key: String, value: String) {
        self.id = key
        self.value = value
    }
}
