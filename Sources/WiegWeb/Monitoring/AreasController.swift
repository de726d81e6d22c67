import Foundation
import Vapor
import WiegCore
import WiegStore

/// Geography: public lists and pages of areas (with JSON twins), and the import page.
enum AreasController {
    static func register(_ routes: any RoutesBuilder, maxUpload: Int) {
        routes.on(.GET, .areas, access: .everyone, use: index)
        routes.on(.GET, .apiAreas, access: .everyone, use: indexJSON)
        routes.on(.GET, .area(":code"), access: .everyone, use: show)
        routes.on(.GET, .apiArea(":code"), access: .everyone, use: showJSON)
        routes.on(.GET, .geographyImport, access: .admin, use: importForm)
        routes.on(.POST, .geographyImport, access: .admin, body: .collect(maxSize: ByteCount(value: maxUpload)), use: importFile)
    }

    static func kind(_ req: Request) throws -> AreaKind? {
        guard let raw = req.query[String.self, at: "soort"], !raw.isEmpty else { return nil }
        guard let kind = AreaKind(rawValue: raw) else {
            throw WiegError.badRequest(
                "Onbekende soort '\(raw)'; kies uit \(AreaKind.allCases.map(\.rawValue).joined(separator: ", ")).",
                "Unknown kind '\(raw)'; choose from \(AreaKind.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return kind
    }

    @Sendable static func index(req: Request) async throws -> Response {
        let kind = try kind(req)
        let areas = try await req.stores.areas.list(kind: kind)
        return AreasIndexView.render(req.shell, areas: areas, kind: kind)
    }

    @Sendable static func indexJSON(req: Request) async throws -> Response {
        let areas = try await req.stores.areas.list(kind: try req.apiEnum("soort", AreaKind.self))
        let page = try req.apiPage(defaultSize: 100)
        let slice = Array(areas.dropFirst(page.offset).prefix(page.size)).map(AreaJSON.init)
        return try await APIPage(Paged(items: slice, number: page.number, size: page.size, total: areas.count)).encodeResponse(for: req)
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let area = try await req.areaParameter()
        let store = req.stores.areas
        let parent = try await area.parentCode.asyncMap { try await store.find($0) } ?? nil
        let children = try await store.children(of: area.code)
        let memberAreas = area.kind == .regio ? try await store.find(codes: store.members(ofRegion: area.code)) : []
        let regions = area.kind == .gemeente ? try await store.regions(ofMunicipality: area.code) : []
        return AreaShowView.render(req.shell, area: area, parent: parent, children: children + memberAreas, regions: regions)
    }

    @Sendable static func showJSON(req: Request) async throws -> Response {
        let area = try await req.areaParameter()
        var json = AreaJSON(area)
        json.children = try await req.stores.areas.children(of: area.code).map(\.code)
        if area.kind == .regio { json.members = try await req.stores.areas.members(ofRegion: area.code) }
        return try await json.encodeResponse(for: req)
    }

    @Sendable static func importForm(req: Request) async throws -> Response {
        GeographyImportView.render(req.shell, plan: nil, committed: nil)
    }

    struct ImportUpload: Content {
        var file: File?
        var actie: String?
    }

    @Sendable static func importFile(req: Request) async throws -> Response {
        let upload = try req.content.decode(ImportUpload.self)
        guard let file = upload.file, file.data.readableBytes > 0 else {
            return GeographyImportView.render(
                req.shell, plan: nil, committed: nil,
                error: req.lang.t(
                    "Kies een CSV-bestand om te importeren.", "Choose a CSV file to import."), status: .unprocessableEntity)
        }
        let data = Data(buffer: file.data)
        let plan = GeographyImport.plan(csv: data, existing: try await req.stores.areas.kindsByCode())
        guard plan.isValid, upload.actie == "importeren" else {
            return GeographyImportView.render(req.shell, plan: plan, committed: nil, status: plan.isValid ? .ok : .unprocessableEntity)
        }
        let result = try await req.stores.areas.apply(plan.records, by: req.auditActor)
        await req.application.monitoringCache.invalidate()
        return GeographyImportView.render(req.shell, plan: plan, committed: result)
    }
}

struct AreaJSON: Content {
    var code: String
    var kind: String
    var name: String
    var parentCode: String?
    var synthetic: Bool
    var children: [String]?
    var members: [String]?

    init(_ area: AreaRecord) {
        code = area.code
        kind = area.kind.rawValue
        name = area.name
        parentCode = area.parentCode
        synthetic = area.synthetic
    }
}
