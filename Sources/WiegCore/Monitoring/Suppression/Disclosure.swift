import Foundation

/// The one decision which figures of one indicator in one period the public may see,
/// taken over the whole geography at once so every view (level pages, CSV, JSON, map,
/// trend, profile, region dashboard, documents) hides the same cells. Deciding per view,
/// over only the areas on screen, let two views hide different siblings, and together
/// they showed enough to compute the hidden one.
///
/// The groups (see `Suppression`): every parent with its children of one kind (a province
/// and its municipalities; a municipality and its wijken; the same municipality and its
/// PC4 areas), and every region with its municipalities. A region without a stored figure
/// gets the sum of its municipalities, because the region dashboard publishes that sum.
///
/// Only the hidden cells' states are kept (a few thousand short codes per indicator and
/// period at national scale); the reason is one sentence per state.
public struct DisclosureMap: Sendable, Equatable {
    /// The hidden cells (primary or secondary); every other cell is shown.
    public private(set) var hidden: [String: SuppressionState]
    public let threshold: Int
    /// For one signed-in viewer: hidden cells of the viewer's own areas that stay hidden
    /// from that viewer too, because showing them would let a hidden cell be computed
    /// (see `forViewer`). Empty in the public map.
    public private(set) var withheld: Set<String> = []

    public init(hidden: [String: SuppressionState] = [:], threshold: Int = Suppression.defaultThreshold) {
        self.hidden = hidden
        self.threshold = threshold
    }

    /// The verdict on `code` when it is hidden; nil when its figure is shown (or there is none).
    public subscript(code: String) -> DisclosureVerdict? {
        hidden[code].map { DisclosureVerdict(state: $0, reason: Self.reason($0, threshold: threshold)) }
    }

    public func isHidden(_ code: String) -> Bool { hidden[code] != nil }

    /// Whether this viewer, who may see small numbers in `code`'s area, still may not here.
    public func isWithheld(_ code: String) -> Bool { withheld.contains(code) }

    /// The groups of totals and parts of a geography (as `build` forms them, whether or not
    /// an area has a figure): what `forViewer` checks.
    public static func groups(of areas: [AreaRecord]) -> [SuppressionGroup] {
        var groups: [String: SuppressionGroup] = [:]
        var seen = Set<String>()
        for area in areas where seen.insert(area.code).inserted {
            if let parent = area.parentCode, parent != area.code {
                groups["\(parent)|\(area.kind.rawValue)", default: SuppressionGroup(total: parent, parts: [], key: area.kind.rawValue)]
                    .parts.append(area.code)
            }
            if area.kind == .regio, !area.members.isEmpty {
                groups["\(area.code)|regio"] = SuppressionGroup(total: area.code, parts: area.members, key: "regio")
            }
        }
        return groups.values.sorted { ($0.total, $0.key) < ($1.total, $1.key) }
    }

    /// The map as one signed-in viewer sees it. A viewer who sees the small numbers of some
    /// areas (a regio team, a coordinator, a partner) must not be able to compute a hidden
    /// cell elsewhere from them: in every group where what this viewer may not see would be
    /// exactly one cell, one of the viewer's own cells in that group stays hidden as well,
    /// until no group is left with exactly one unknown. The beheerder sees everything.
    public func forViewer(_ access: SmallNumberAccess, groups: [SuppressionGroup], parents: [String: String]) -> DisclosureMap {
        guard case .areas = access, !hidden.isEmpty else { return self }
        var revealed = Set(hidden.keys.filter { access.covers($0, parent: parents[$0]) })
        guard !revealed.isEmpty else { return self }
        let relevant = groups.filter { group in hidden[group.total] != nil || group.parts.contains { hidden[$0] != nil } }
        var changed = true
        while changed {
            changed = false
            for group in relevant {
                let members = [group.total] + group.parts
                let unknown = members.filter { hidden[$0] != nil && !revealed.contains($0) }.count
                guard unknown == 1, let own = members.sorted().first(where: revealed.contains) else { continue }
                revealed.remove(own)
                changed = true
            }
        }
        var viewed = self
        viewed.withheld = Set(hidden.keys.filter { access.covers($0, parent: parents[$0]) && !revealed.contains($0) })
        return viewed
    }

    /// Why a figure is hidden, in one Dutch sentence.
    public static func reason(_ state: SuppressionState, threshold: Int) -> String {
        switch state {
        case .shown, .primary: Suppression.primaryReason(threshold)
        case .secondary: "Verborgen omdat een verborgen klein aantal anders terug te rekenen is uit het totaal van het grotere gebied."
        }
    }

    /// - Parameters:
    ///   - values: the figures of one indicator in one period (when an area occurs twice
    ///     the last one counts). Pass all of them: an area left out cannot be protected.
    ///   - areas: the geography (every area with its parent; regions with their members).
    public static func build(values: [IndicatorValueRecord], areas: [AreaRecord], threshold: Int) -> DisclosureMap {
        var latest: [String: IndicatorValueRecord] = [:]
        var order: [String] = []
        for record in values {
            if latest[record.area] == nil { order.append(record.area) }
            latest[record.area] = record
        }
        var cells = order.map { code in
            SuppressionCell(areaCode: code, parentCode: nil, numerator: latest[code]!.numerator, denominator: latest[code]!.denominator)
        }
        // The geography's groups, with the parts that have a figure.
        var groups: [SuppressionGroup] = []
        for group in Self.groups(of: areas) {
            let parts = group.parts.filter { latest[$0] != nil }
            guard !parts.isEmpty else { continue }
            groups.append(SuppressionGroup(total: group.total, parts: parts, key: group.key))
            if group.key == "regio", latest[group.total] == nil {
                cells.append(
                    SuppressionCell(
                        areaCode: group.total, parentCode: nil,
                        numerator: parts.reduce(0) { $0 + latest[$1]!.numerator },
                        denominator: parts.reduce(0) { $0 + latest[$1]!.denominator }))
            }
        }
        let result = Suppression.apply(cells: cells, groups: groups, threshold: threshold)
        var hidden: [String: SuppressionState] = [:]
        for cell in result where cell.state.isHidden { hidden[cell.cell.areaCode] = cell.state }
        return DisclosureMap(hidden: hidden, threshold: threshold)
    }
}

/// A hidden figure's state and the sentence that says why.
public struct DisclosureVerdict: Sendable, Equatable {
    public var state: SuppressionState
    public var reason: String
}

/// The disclosure maps a view consults: the map of an indicator in a period, or nil when
/// the view should decide from the values it was given (tests, and views of one area).
public typealias DisclosureLookup = @Sendable (_ indicator: String, _ period: Period) -> DisclosureMap?

/// Who may see small numbers, and for which areas. Decided in one place for every view:
/// the beheerder everywhere; a regio team, coordinator or partner for the areas of its own
/// region or coalition (a municipality in scope covers its wijken and PC4 areas), always
/// with a warning; professionals and visitors never.
public enum SmallNumberAccess: Sendable, Equatable, ExpressibleByBooleanLiteral {
    case none
    case all
    /// Municipality and region codes (their small areas are covered through the parent).
    case areas(Set<String>)

    public init(booleanLiteral value: Bool) { self = value ? .all : .none }

    /// Whether this viewer sees the small numbers of `code` (with parent `parent`).
    public func covers(_ code: String, parent: String? = nil) -> Bool {
        switch self {
        case .none: false
        case .all: true
        case .areas(let codes): codes.contains(code) || parent.map(codes.contains) ?? false
        }
    }

    public func covers(_ area: AreaRecord) -> Bool { covers(area.code, parent: area.parentCode) }

    /// Whether this viewer sees any small numbers at all (for the warning).
    public var seesAny: Bool { self != .none && self != .areas([]) }

    /// The rule for `principal` (nil: a visitor). `coalition` gives the area and kind of a
    /// coalition by id, `members` a region's municipalities; each is asked only when the
    /// role needs it.
    public static func of(
        _ principal: Principal?, coalition: (UUID) async throws -> (areaCode: String, kind: CoalitionKind)?,
        members: (String) async throws -> [String]
    ) async throws -> SmallNumberAccess {
        guard let principal else { return .none }
        switch principal.role {
        case .beheerder:
            return .all
        case .regio:
            guard let region = principal.regionCode else { return .none }
            return .areas(Set(try await members(region)).union([region]))
        case .coordinator, .partner:
            guard let id = principal.coalitionID, let coalition = try await coalition(id) else { return .none }
            var codes: Set<String> = [coalition.areaCode]
            if AreaCode.kind(of: coalition.areaCode) == .regio || coalition.kind == .regionaal {
                codes.formUnion(try await members(coalition.areaCode))
            }
            return .areas(codes)
        case .professional:
            return .none
        }
    }
}

extension IndicatorDefinition {
    /// The state a figure has on its own: `.primary` below the publication threshold. Every
    /// view falls back on it where a disclosure map says nothing, so a missing map never
    /// shows a small count.
    public func smallState(numerator: Int, denominator: Int) -> SuppressionState {
        numerator < publicationThreshold || denominator < publicationThreshold ? .primary : .shown
    }
}
