import Foundation
import Testing

@testable import WiegCore

/// Inputs with bounds (issue 11, item 12): the cases the attacker used.
@Suite("Limits on what is stored")
struct LimitsTests {
    @Test("an HSDS description of 10 million characters is refused with the field named; a long enough one passes")
    func hsdsDescription() throws {
        var tree = try #require(try HSDSSamples.object(HSDSSamples.datasetJSON()) as? [[String: Any]])
        tree[0]["description"] = String(repeating: "x", count: 10_500_000)
        let plan = HSDSImport.plan(json: try JSONSerialization.data(withJSONObject: tree), needs: HSDSSamples.needs)
        #expect(!plan.isValid)
        #expect(plan.issues.contains { $0.column?.hasSuffix("description") == true && $0.message.contains("hoogstens 4000") })
        tree[0]["description"] = String(repeating: "x", count: Limits.description)
        let fine = HSDSImport.plan(json: try JSONSerialization.data(withJSONObject: tree), needs: HSDSSamples.needs)
        #expect(!fine.issues.contains { $0.message.contains("te lang") })
    }

    @Test("a care path with more than 50 steps, or a step of more than 500 characters, is refused")
    func zorgpadSteps() {
        func check(_ steps: String) -> FormCheck<ZorgpadRecord> {
            ZorgpadForm.check(
                fields: ["titel": "Geldzorgen", "gebied": "GM0119", "behoefte": "schulden", "stappen": steps],
                id: UUID(), existing: nil, allowedAreas: nil, knownAreas: ["GM0119"], knownNeeds: ["schulden"], now: Date())
        }
        let many = (1...2000).map { "contact: stap \($0)" }.joined(separator: "\n")
        #expect(check(many).record == nil && check(many).issues.contains { $0.message.contains("hoogstens 50 stappen") })
        #expect(check((1...50).map { "contact: stap \($0)" }.joined(separator: "\n")).record?.steps.count == 50)
        #expect(check("signaal: " + String(repeating: "a", count: 501)).record == nil)
    }

    @Test("a budget amount above € 100 million is refused: a typo, not a budget")
    func amounts() {
        let huge = BudgetLineForm.check(fields: ["onderdeel": "Projectleiding", "bedrag": "99.999.999.999.999"])
        #expect(huge.record == nil && huge.issues.contains { $0.column == "bedrag" && $0.message.contains("100.000.000") })
        #expect(BudgetLineForm.check(fields: ["onderdeel": "Projectleiding", "bedrag": "100.000.000"]).record != nil)
    }

    @Test("a list field of a coalition form holds at most 400 items; a text at most its documented length; the field is named")
    func coalitionLists() {
        let many = (1...401).map { "partij \($0)" }.joined(separator: "\n")
        let risk = RiskForm.check(fields: ["risico": "Te weinig tijd", "verantwoordelijken": many], id: UUID())
        #expect(risk.record == nil && risk.issues.contains { $0.column == "verantwoordelijken" && $0.message.contains("hoogstens 400") })
        let long = RiskForm.check(fields: ["risico": String(repeating: "r", count: Limits.description + 1)], id: UUID())
        #expect(long.issues.contains { $0.column == "risico" && $0.message.contains("hoogstens 4000") })
        #expect(RiskForm.check(fields: ["risico": "Te weinig tijd", "verantwoordelijken": "GGD\nGemeente"], id: UUID()).record != nil)
    }

    @Test("a count above 100 million (indicator import, reach) is refused in Dutch; 100 million itself is read")
    func counts() {
        guard case .failure(let message) = DutchNumber.count("100000001") else {
            Issue.record("read")
            return
        }
        #expect(message.text.contains("100.000.000"))
        guard case .success(let n) = DutchNumber.count("100.000.000") else {
            Issue.record("refused")
            return
        }
        #expect(n == 100_000_000)
        let plan = IndicatorImport.plan(
            csv: Data("indicator;gebied;periode;teller;noemer\nBIG2;GM0119;2023;5;99999999999\n".utf8),
            indicators: ["BIG2": IndicatorCatalogue.seeded.first { $0.code == "BIG2" }!], areas: ["GM0119"])
        #expect(plan.issues.contains { $0.line == 2 && $0.column == "noemer" && $0.message.contains("te groot") })
    }

    @Test("an area name above 200 characters is refused with its line and column")
    func areaNames() {
        let plan = GeographyImport.plan(
            csv: Data("code;naam;soort;ouder;leden;synthetisch\nGM0119;\(String(repeating: "M", count: 201));gemeente;;;nee\n".utf8),
            existing: ["GM0119": .gemeente])
        #expect(plan.issues.contains { $0.line == 2 && $0.column == "naam" && $0.message.contains("maximaal 200") })
    }
}
