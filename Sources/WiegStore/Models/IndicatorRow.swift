import Fluent
import Foundation
import WiegCore

/// An indicator of the catalogue (see `IndicatorDefinition`); its code is its id.
public final class IndicatorRow: Model, @unchecked Sendable {
    public static let schema = "indicators"

    @ID(custom: "code", generatedBy: .user) public var id: String?
    @Field(key: "name_nl") public var nameNL: String
    @Field(key: "name_en") public var nameEN: String
    @Field(key: "definition") public var definition: String
    @Field(key: "numerator_definition") public var numeratorDefinition: String
    @Field(key: "denominator_definition") public var denominatorDefinition: String
    @Field(key: "statistic") public var statistic: String
    @Field(key: "multiplier") public var multiplier: Int
    @Field(key: "polarity") public var polarity: String
    @Field(key: "phase") public var phase: String
    @Field(key: "source") public var source: String
    @Field(key: "publication_threshold") public var publicationThreshold: Int

    public init() {}

    public init(_ d: IndicatorDefinition) {
        id = d.code
        nameNL = d.nameNL
        nameEN = d.nameEN
        definition = d.definition
        numeratorDefinition = d.numeratorDefinition
        denominatorDefinition = d.denominatorDefinition
        statistic = d.statistic.rawValue
        multiplier = d.multiplier
        polarity = d.polarity.rawValue
        phase = d.phase.rawValue
        source = d.source.rawValue
        publicationThreshold = d.publicationThreshold
    }

    /// The domain value; unknown stored enum values fall back to safe defaults.
    public var definitionValue: IndicatorDefinition {
        IndicatorDefinition(
            code: id ?? "", nameNL: nameNL, nameEN: nameEN, definition: definition,
            numeratorDefinition: numeratorDefinition, denominatorDefinition: denominatorDefinition,
            statistic: IndicatorStatistic(rawValue: statistic) ?? .proportion, multiplier: multiplier,
            polarity: Polarity(rawValue: polarity) ?? .none, phase: Phase(rawValue: phase) ?? .tijdens,
            source: IndicatorSource(rawValue: source) ?? .eigenRegistratie, publicationThreshold: publicationThreshold)
    }
}
