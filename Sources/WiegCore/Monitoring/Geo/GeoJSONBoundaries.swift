import Foundation

/// A problem in a GeoJSON file. `featureIndex` is 0-based as in the file's `features`
/// array; `field` is the JSON path, such as `features[3].properties.statcode`.
public struct GeoJSONIssue: Error, Sendable, Equatable {
    public var featureIndex: Int?
    public var field: String?
    /// Dutch, naming the feature and the field.
    public var message: String
}

/// The boundaries read from a GeoJSON file and the problems found.
public struct GeoJSONParseResult: Sendable, Equatable {
    public var boundaries: [GeoBoundary]
    public var issues: [GeoJSONIssue]
    public var isValid: Bool { issues.isEmpty && !boundaries.isEmpty }
}

/// Reads area outlines from a GeoJSON FeatureCollection of Polygon and MultiPolygon
/// features in WGS84, as CBS and PDOK publish them (the code in a property such as
/// `statcode` or `gemeentecode`). Every feature is checked; problems are reported per
/// feature, at most `maxIssues`. Any input, however broken, gives a result, never a crash.
public enum GeoJSONBoundaries {
    public static let maxIssues = 100
    /// Properties tried for the name when `nameProperty` is nil.
    public static let nameProperties = ["statnaam", "gemeentenaam", "wijknaam", "buurtnaam", "naam", "name"]

    public static func parse(data: Data, codeProperty: String, nameProperty: String? = nil) -> GeoJSONParseResult {
        func failure(_ message: String) -> GeoJSONParseResult {
            GeoJSONParseResult(boundaries: [], issues: [GeoJSONIssue(featureIndex: nil, field: nil, message: message)])
        }
        guard let root = try? JSONSerialization.jsonObject(with: data) else {
            return failure("Het bestand is geen geldige JSON; exporteer de grenzen als GeoJSON.")
        }
        guard let object = root as? [String: Any], object["type"] as? String == "FeatureCollection" else {
            return failure("Het bestand is geen GeoJSON FeatureCollection (het veld type moet \"FeatureCollection\" zijn).")
        }
        guard let features = object["features"] as? [Any] else {
            return failure("De FeatureCollection heeft geen lijst features.")
        }
        var boundaries: [GeoBoundary] = []
        var issues: [GeoJSONIssue] = []
        var skipped = 0
        for (index, raw) in features.enumerated() {
            switch feature(raw, index: index, codeProperty: codeProperty, nameProperty: nameProperty) {
            case .success(let boundary): boundaries.append(boundary)
            case .failure(let issue):
                if issues.count < maxIssues { issues.append(issue) } else { skipped += 1 }
            }
        }
        if skipped > 0 {
            issues.append(GeoJSONIssue(featureIndex: nil, field: nil, message: "En nog \(skipped) features met een fout."))
        }
        if features.isEmpty {
            issues.append(GeoJSONIssue(featureIndex: nil, field: "features", message: "De FeatureCollection bevat geen features."))
        }
        var counts: [String: Int] = [:]
        for b in boundaries { counts[b.code, default: 0] += 1 }
        let duplicates = counts.filter { $0.value > 1 }.keys.sorted()
        if !duplicates.isEmpty {
            issues.append(
                GeoJSONIssue(
                    featureIndex: nil, field: "properties.\(codeProperty)",
                    message: "Deze codes komen meer dan eens voor: \(duplicates.prefix(10).joined(separator: ", "))."))
        }
        return GeoJSONParseResult(boundaries: boundaries, issues: issues)
    }

    struct Failure: Error { let issue: GeoJSONIssue }

    static func feature(_ raw: Any, index: Int, codeProperty: String, nameProperty: String?) -> Result<GeoBoundary, GeoJSONIssue> {
        let path = "features[\(index)]"
        func issue(_ field: String, _ message: String) -> GeoJSONIssue {
            GeoJSONIssue(featureIndex: index, field: "\(path)\(field)", message: "Feature \(index), veld \(path)\(field): \(message)")
        }
        guard let feature = raw as? [String: Any], feature["type"] as? String == "Feature" else {
            return .failure(issue("", "dit is geen Feature-object."))
        }
        let properties = feature["properties"] as? [String: Any] ?? [:]
        let code: String
        switch properties[codeProperty] {
        case let text as String where !text.trimmingWhitespace.isEmpty: code = text.trimmingWhitespace
        case let number as Int: code = String(number)
        default: return .failure(issue(".properties.\(codeProperty)", "de code ontbreekt of is leeg."))
        }
        let name = (nameProperty.map { [$0] } ?? nameProperties).lazy.compactMap { properties[$0] as? String }.first
        guard let geometry = feature["geometry"] as? [String: Any] else {
            return .failure(issue(".geometry", "geen geometrie (\(code))."))
        }
        let type = geometry["type"] as? String ?? ""
        let coordinates = geometry["coordinates"]
        do {
            switch type {
            case "Polygon":
                let polygon = try self.polygon(coordinates, field: ".geometry.coordinates", issue: issue, code: code)
                return .success(GeoBoundary(code: code, name: name, polygons: [polygon]))
            case "MultiPolygon":
                guard let list = coordinates as? [Any], !list.isEmpty else {
                    throw Failure(issue: issue(".geometry.coordinates", "een MultiPolygon zonder polygonen (\(code))."))
                }
                let polygons = try list.enumerated().map { i, p in
                    try self.polygon(p, field: ".geometry.coordinates[\(i)]", issue: issue, code: code)
                }
                return .success(GeoBoundary(code: code, name: name, polygons: polygons))
            default:
                let shown = type.isEmpty ? "geen" : "'\(type.prefix(40))'"
                return .failure(
                    issue(".geometry.type", "geometrietype \(shown) wordt niet ondersteund (\(code)); alleen Polygon en MultiPolygon."))
            }
        } catch let failure as Failure {
            return .failure(failure.issue)
        } catch {
            return .failure(issue(".geometry", "onleesbare geometrie (\(code))."))
        }
    }

    static func polygon(_ raw: Any?, field: String, issue: (String, String) -> GeoJSONIssue, code: String) throws -> [[GeoCoordinate]] {
        guard let rings = raw as? [Any], !rings.isEmpty else {
            throw Failure(issue: issue(field, "een polygoon moet een lijst van ringen zijn (\(code))."))
        }
        return try rings.enumerated().map { r, ringRaw in
            guard let positions = ringRaw as? [Any], positions.count >= 4 else {
                throw Failure(issue: issue("\(field)[\(r)]", "een ring heeft minstens 4 posities nodig (\(code))."))
            }
            return try positions.enumerated().map { p, positionRaw in
                guard let position = positionRaw as? [Any], position.count >= 2,
                    let lon = number(position[0]), let lat = number(position[1])
                else {
                    throw Failure(issue: issue("\(field)[\(r)][\(p)]", "een positie moet [lengtegraad, breedtegraad] zijn (\(code))."))
                }
                let c = GeoCoordinate(longitude: lon, latitude: lat)
                guard GeoBounds.netherlands.contains(c) else {
                    let hint =
                        abs(lon) > 1000 || abs(lat) > 1000
                        ? " Dit lijken RD-coördinaten (EPSG:28992) in meters; exporteer in WGS84 (EPSG:4326)."
                        : " Gebruik WGS84: lengtegraad 3,0–7,6 en breedtegraad 50,6–53,8."
                    throw Failure(
                        issue: issue(
                            "\(field)[\(r)][\(p)]",
                            "positie (\(SVGWriter.dutch(lon, decimals: 3)); \(SVGWriter.dutch(lat, decimals: 3))) ligt buiten Nederland (\(code))."
                                + hint))
                }
                return c
            }
        }
    }

    /// A JSON number as Double (whichever way the JSON reader boxed it); nil for anything else.
    static func number(_ value: Any) -> Double? {
        if let d = value as? Double { return d.isFinite ? d : nil }
        if let i = value as? Int { return Double(i) }
        if let n = value as? NSNumber { return n.doubleValue.isFinite ? n.doubleValue : nil }
        return nil
    }
}
