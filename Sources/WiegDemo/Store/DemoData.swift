import Fluent
import Foundation
import WiegCore
import WiegStore

/// A demo account, printed at `wieg serve --demo`.
public struct DemoAccount: Sendable, Equatable {
    public var email: String
    public var role: Role
    public var scope: String
    public var password: String
}

/// Loads the demo data. Idempotent: every row is matched by its natural key (area code,
/// slug, e-mail address), so a second run changes nothing and duplicates nothing.
public enum DemoData {
    /// One password for every demo account; demo only.
    public static let password = "kansrijke-start"

    static let organisations: [(slug: String, name: String)] = [
        ("gemeente-meppel", "Gemeente Meppel"),
        ("ggd-drenthe", "GGD Drenthe"),
        ("verloskundigen-meppel", "Verloskundig Centrum Meppel en de Wolden"),
        ("ggd-limburg-noord", "GGD Limburg-Noord"),
        ("gemeente-venlo", "Gemeente Venlo")
    ]

    static let coalitions: [(slug: String, name: String, kind: CoalitionRow.Kind, area: String, region: String?)] = [
        ("meppel", "Kansrijke Start Meppel", .lokaal, "GM0119", "ggd-drenthe"),
        ("venlo", "Kansrijke Start Venlo", .lokaal, "GM0983", "nml"),
        ("nml", "Regionale coalitie Kansrijke Start Noord- en Midden-Limburg", .regionaal, "nml", "nml")
    ]

    static let accounts: [(email: String, name: String, role: Role, region: String?, coalition: String?, organisation: String?)] = [
        ("beheerder@wieg.demo", "Demo Beheerder", .beheerder, nil, nil, nil),
        ("regio.nml@wieg.demo", "Demo Programmateam NML", .regio, "nml", nil, "ggd-limburg-noord"),
        ("coordinator.meppel@wieg.demo", "Demo Projectleider Meppel", .coordinator, nil, "meppel", "gemeente-meppel"),
        ("partner.meppel@wieg.demo", "Demo Partner GGD Drenthe", .partner, nil, "meppel", "ggd-drenthe"),
        ("coordinator.venlo@wieg.demo", "Demo Projectleider Venlo", .coordinator, nil, "venlo", "gemeente-venlo"),
        ("professional@wieg.demo", "Demo Professional", .professional, "ggd-drenthe", nil, "verloskundigen-meppel")
    ]

    public enum Failure: Error, CustomStringConvertible {
        case invalidGeography([ImportIssue])
        public var description: String {
            switch self {
            case .invalidGeography(let issues):
                "The demo data is invalid: " + issues.map { "line \($0.line): \($0.message)" }.joined(separator: "; ")
            }
        }
    }

    /// Loads everything; `hash` turns a password into a bcrypt hash.
    @discardableResult
    public static func load(on db: any Database, hash: @Sendable (String) throws -> String) async throws -> [DemoAccount] {
        let areas = FluentAreaStore(db: db)
        let plan = GeographyImport.plan(csv: Data(DemoGeography.csv.utf8), existing: try await areas.kindsByCode())
        guard plan.isValid else { throw Failure.invalidGeography(plan.issues) }
        _ = try await areas.apply(plan.records, by: .demo)

        struct Named: Encodable {
            var slug: String
            var name: String
        }
        for org in organisations where try await OrganisationRow.query(on: db).filter(\.$slug == org.slug).first() == nil {
            let model = OrganisationRow(slug: org.slug, name: org.name)
            try await model.create(on: db)
            try await AuditLog.record(
                .create, entityType: "organisation", entityID: model.id!.uuidString, before: nil,
                after: Named(slug: org.slug, name: org.name), by: .demo, on: db)
        }
        for c in coalitions where try await CoalitionRow.query(on: db).filter(\.$slug == c.slug).first() == nil {
            let model = CoalitionRow(slug: c.slug, name: c.name, kind: c.kind, areaCode: c.area, regionCode: c.region)
            try await model.create(on: db)
            try await AuditLog.record(
                .create, entityType: "coalition", entityID: model.id!.uuidString, coalitionID: model.id,
                before: nil, after: Named(slug: c.slug, name: c.name), by: .demo, on: db)
        }
        try await loadMonitoring(on: db)
        try await loadBoundaries(on: db)
        try await loadNetwork(on: db)
        try await loadCoalitions(on: db)
        let users = FluentUserStore(db: db)
        let coalitionStore = FluentCoalitionStore(db: db)
        var result: [DemoAccount] = []
        for a in accounts {
            let coalition = try await a.coalition.asyncMap { try await coalitionStore.find(slug: $0) } ?? nil
            let organisation = try await a.organisation.asyncMap { try await coalitionStore.organisation(slug: $0) } ?? nil
            if try await users.find(email: a.email) == nil {
                let user = User(
                    email: a.email, name: a.name, role: a.role, regionCode: a.region,
                    coalitionID: coalition?.id, organisationID: organisation?.id, passwordHash: try hash(password))
                try await users.create(user, by: .demo)
            }
            let scope = [a.region.map { "regio \($0)" }, a.coalition.map { "coalitie \($0)" }].compactMap { $0 }.joined(separator: ", ")
            result.append(DemoAccount(email: a.email, role: a.role, scope: scope.isEmpty ? "heel Wieg" : scope, password: password))
        }
        return result
    }
}

extension DemoData {
    /// The demo indicator values, once: a later start finds them and writes nothing.
    static func loadMonitoring(on db: any Database) async throws {
        let store = FluentIndicatorStore(db: db)
        guard try await store.count() == 0 else { return }
        let indicators = Dictionary(uniqueKeysWithValues: try await store.catalogue().map { ($0.code, $0) })
        let areas = Set(try await FluentAreaStore(db: db).kindsByCode().keys)
        for (csv, source) in [
            (DemoMonitoring.fromSeeds, "demo: cijfers uit de brondocumenten"),
            (DemoMonitoring.synthetic, "demo: synthetisch")
        ] {
            let plan = IndicatorImport.plan(csv: Data(csv.utf8), indicators: indicators, areas: areas)
            guard plan.isValid else { throw Failure.invalidGeography(plan.issues) }
            _ = try await store.importValues(plan.records, source: source, by: .demo, at: Date())
        }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let value): try await transform(value)
        case .none: nil
        }
    }
}
