import Foundation

/// What kind of item of a published plan was copied.
public enum OriginItemKind: String, CaseIterable, Codable, Sendable {
    case activiteit, doel, werkgroep

    public var dutchName: String {
        switch self {
        case .activiteit: "activiteit"
        case .doel: "doel"
        case .werkgroep: "werkgroep"
        }
    }

    public var englishName: String {
        switch self {
        case .activiteit: "activity"
        case .doel: "goal"
        case .werkgroep: "workgroup"
        }
    }
}

/// Where a copied activity, goal or workgroup came from ("Leren van elkaar"): the
/// coalition that published it, the item there and the day it was copied. The source's
/// name is kept so the origin still reads well when that coalition stops publishing.
public struct Origin: Sendable, Equatable, Hashable, Codable {
    public var coalitionID: UUID
    public var coalitionName: String
    public var itemKind: OriginItemKind
    public var itemID: UUID
    public var copiedOn: Date

    public init(coalitionID: UUID, coalitionName: String, itemKind: OriginItemKind, itemID: UUID, copiedOn: Date) {
        self.coalitionID = coalitionID
        self.coalitionName = coalitionName
        self.itemKind = itemKind
        self.itemID = itemID
        self.copiedOn = copiedOn
    }

    /// The item copied, regardless of when or into which coalition: the key practices spread by.
    public var source: OriginSource { OriginSource(coalitionID: coalitionID, itemKind: itemKind, itemID: itemID) }

    /// "Overgenomen van Kansrijke Start Meppel (activiteit)".
    public var label: String { "Overgenomen van \(coalitionName) (\(itemKind.dutchName))" }
}

/// One item of one coalition's published plan, as a key.
public struct OriginSource: Sendable, Hashable, Codable {
    public var coalitionID: UUID
    public var itemKind: OriginItemKind
    public var itemID: UUID

    public init(coalitionID: UUID, itemKind: OriginItemKind, itemID: UUID) {
        self.coalitionID = coalitionID
        self.itemKind = itemKind
        self.itemID = itemID
    }
}
