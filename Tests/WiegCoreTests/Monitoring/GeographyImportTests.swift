import Foundation
import Testing

@testable import WiegCore

@Suite struct GeographyImportTests {
    private func plan(_ text: String, existing: [String: AreaKind] = [:]) -> GeographyImportPlan {
        GeographyImport.plan(csv: Data(text.utf8), existing: existing)
    }

    /// Checks the issues one for one: line, column and a phrase of the message.
    private func expectIssues(
        _ issues: [ImportIssue], _ expected: [(Int, String?, String)],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(issues.count == expected.count, "\(issues)", sourceLocation: sourceLocation)
        for (issue, (line, column, phrase)) in zip(issues, expected) {
            #expect(issue.line == line, "\(issue)", sourceLocation: sourceLocation)
            #expect(issue.column == column, "\(issue)", sourceLocation: sourceLocation)
            #expect(issue.message.contains(phrase), "\(issue)", sourceLocation: sourceLocation)
        }
    }

    @Test func validFile() {
        let p = plan(
            """
            code;naam;soort;ouder;leden;synthetisch
            PV22;Drenthe;provincie;NL;;nee
            GM0119;Meppel;gemeente;PV22;;
            WK011901;Centrum;wijk;GM0119;;ja
            PC4-7942;Meppel 7942;PC4;GM0119;;

            zuidwest-drenthe;Zuidwest-Drenthe;Regio;;GM0119 | GM0114;1
            GM0114;Emmen;gemeente;PV22;;
            NL;Nederland;land;;;
            """)
        #expect(p.issues == [])
        #expect(p.isValid)
        #expect(p.encoding == .utf8)
        #expect(
            p.records == [
                AreaRecord(code: "PV22", kind: .provincie, name: "Drenthe", parentCode: "NL"),
                AreaRecord(code: "GM0119", kind: .gemeente, name: "Meppel", parentCode: "PV22"),
                AreaRecord(code: "WK011901", kind: .wijk, name: "Centrum", parentCode: "GM0119", synthetic: true),
                AreaRecord(code: "PC4-7942", kind: .pc4, name: "Meppel 7942", parentCode: "GM0119"),
                AreaRecord(
                    code: "zuidwest-drenthe", kind: .regio, name: "Zuidwest-Drenthe",
                    members: ["GM0119", "GM0114"], synthetic: true),
                AreaRecord(code: "GM0114", kind: .gemeente, name: "Emmen", parentCode: "PV22"),
                AreaRecord(code: "NL", kind: .land, name: "Nederland")
            ])
    }

    @Test func englishHeadersAndKinds() {
        let p = plan(
            """
            Code,Name,Kind,Parent,Members,Synthetic
            NL,Netherlands,country,,,no
            PV22,Drenthe,province,NL,,yes
            GM0119,Meppel,municipality,PV22,,false
            WK011901,Centre,neighbourhood,GM0119,,true
            PC4-7942,7942,postcode4,GM0119,,0
            south-west,South West,region,,"GM0119, GM0119",
            """)
        #expect(p.issues == [])
        #expect(p.records.map(\.kind) == [.land, .provincie, .gemeente, .wijk, .pc4, .regio])
        #expect(p.records.map(\.synthetic) == [false, true, false, true, false, false])
        #expect(p.records.last?.members == ["GM0119"])
    }

    @Test func commaSeparatedMembersInSemicolonFile() {
        let p = plan(
            "code;naam;soort;leden\nr1;R;regio;GM0119,GM0114\n",
            existing: ["GM0119": .gemeente, "GM0114": .gemeente])
        #expect(p.isValid)
        #expect(p.records.first?.members == ["GM0119", "GM0114"])
    }

    @Test func reportsEveryProblem() {
        let p = plan(
            """
            Code;Naam;Soort;Ouder;Leden;Synthetisch
            NL;Nederland;land;;;
            PV22;Drenthe;provincie;NL;;
            GM0119;Meppel;gemeente;PV22;;
            GM12;Ergens;gemeente;PV22;;
            X1;Stad;stad;;;
            GM0119;Meppel bis;gemeente;PV22;;
            GM0120;;gemeente;PV99;;misschien
            WK011901;Centrum;wijk;PV22;;
            regio-x;Regio X;regio;NL;GM0119 PV22 GM9999;
            regio-y;Regio Y;regio;;;
            GM0121;Ergens;gemeente;;;
            GM0122;Ergens;gemeente;PV22;GM0119;
            """)
        #expect(!p.isValid)
        expectIssues(
            p.issues,
            [
                (5, "Code", "Code 'GM12' is geen geldige gemeentecode (GM gevolgd door 4 cijfers)."),
                (6, "Soort", "Onbekende soort 'stad'; gebruik land, provincie, regio, gemeente, wijk of pc4."),
                (7, "Code", "Code GM0119 staat ook al op regel 4."),
                (8, "Naam", "Naam ontbreekt."),
                (8, "Ouder", "Bovenliggend gebied PV99 bestaat niet (niet in het bestand en niet in Wieg)."),
                (8, "Synthetisch", "'misschien'"),
                (9, "Ouder", "Een wijk hoort bij een gemeente, maar WK011901 verwijst naar PV22 (provincie)."),
                (10, "Ouder", "Een regio heeft geen bovenliggend gebied"),
                (10, "Leden", "Lid PV22 is geen gemeente maar een provincie."),
                (10, "Leden", "Lid GM9999 bestaat niet"),
                (11, "Leden", "minstens één gemeente"),
                (12, "Ouder", "Een gemeente hoort bij een provincie"),
                (13, "Leden", "Alleen een regio heeft leden")
            ])
        // The duplicate line and the line with an unknown kind yield no record.
        #expect(
            p.records.map(\.code) == [
                "NL", "PV22", "GM0119", "GM12", "GM0120", "WK011901",
                "regio-x", "regio-y", "GM0121", "GM0122"
            ])
    }

    @Test func landWithParentAndMissingValues() {
        let p = plan("code;naam;soort;ouder\nNL;Nederland;land;NL\n;Niets;;\n")
        expectIssues(
            p.issues,
            [
                (2, "ouder", "Een land heeft geen bovenliggend gebied; laat ouder leeg."),
                (3, "code", "Code ontbreekt."),
                (3, "soort", "Soort ontbreekt")
            ])
    }

    @Test func parentAndMembersFromExisting() {
        let p = plan(
            "code;naam;soort;ouder;leden\nGM0119;Meppel;gemeente;PV22;\nr1;R;regio;;GM0114\n",
            existing: ["NL": .land, "PV22": .provincie, "GM0114": .gemeente])
        #expect(p.issues == [])
        #expect(p.records.count == 2)
    }

    @Test func parentOfWrongKindInExisting() {
        let p = plan("code;naam;soort;ouder\nPC4-7942;7942;pc4;PV22\n", existing: ["PV22": .provincie])
        expectIssues(
            p.issues,
            [
                (2, "ouder", "Een postcodegebied (PC4) hoort bij een gemeente, maar PC4-7942 verwijst naar PV22 (provincie).")
            ])
    }

    @Test func updateOfExistingIsAllowedButKindMayNotChange() {
        let same = plan(
            "code;naam;soort;ouder\nGM0119;Meppel (nieuw);gemeente;PV22\n",
            existing: ["PV22": .provincie, "GM0119": .gemeente])
        #expect(same.isValid)

        let changed = plan("code;naam;soort\nzuid;Zuid;land\n", existing: ["zuid": .regio])
        expectIssues(
            changed.issues,
            [
                (2, "code", "Code 'zuid' is geen geldige landcode"),
                (2, "soort", "Code zuid bestaat al in Wieg als regio; de soort kan niet veranderen in land.")
            ])
    }

    @Test func missingRequiredColumns() {
        let p = plan("code;soort;ouder\nNL;land;\n")
        expectIssues(p.issues, [(1, nil, "De verplichte kolom naam ontbreekt")])
        #expect(p.records.isEmpty)
        #expect(p.encoding == .utf8)
    }

    @Test func unknownAndDuplicateColumns() {
        let p = plan("code;naam;soort;oudr;Name\nNL;Nederland;land;;\n")
        expectIssues(
            p.issues,
            [
                (1, "oudr", "Onbekende kolom 'oudr'"),
                (1, "Name", "De kolom naam staat twee keer in de kopregel.")
            ])
    }

    @Test func csvErrorBecomesIssue() {
        let p = plan("code;naam;soort\nNL;Nederland;land\nPV22;\"Drenthe;provincie\n")
        expectIssues(p.issues, [(3, nil, "aanhalingsteken wordt niet gesloten")])
        #expect(p.encoding == nil)
        #expect(!p.isValid)
        expectIssues(plan("").issues, [(1, nil, "Het bestand is leeg.")])
    }

    @Test func headerOnlyIsNotValid() {
        let p = plan("code;naam;soort\n;;\n")
        expectIssues(p.issues, [(1, nil, "geen gebieden")])
        #expect(!p.isValid)
    }

    @Test func tooManyFieldsOnALine() {
        let p = plan("code,naam,soort\nNL,Nederland, het land,land\nPV22,Drenthe,provincie,,\n")
        expectIssues(
            p.issues,
            [
                (2, nil, "Deze regel heeft 4 velden en de kopregel maar 3; zet een waarde met een komma erin tussen aanhalingstekens."),
                (2, "soort", "Onbekende soort 'het land'"),
                (3, "ouder", "Een provincie hoort bij een land")  // no ouder column: named by its Dutch name
            ])
    }

    @Test func windows1252File() {
        let bytes =
            Array("code;naam;soort;ouder\nGM1900;S".utf8) + [0xFA] + Array("dwest-Frysl".utf8) + [0xE2]
            + Array("n;gemeente;PV21\n".utf8)
        let p = GeographyImport.plan(csv: Data(bytes), existing: ["PV21": .provincie])
        #expect(p.isValid)
        #expect(p.encoding == .windows1252)
        #expect(p.records.first?.name == "Súdwest-Fryslân")
    }

    /// Never crash on arbitrary input: random bytes, and random mixes of CSV-ish tokens.
    @Test func fuzzNeverCrashes() throws {
        var rng = SplitMix64(seed: 0x5EED_0F_1E6)
        let tokens = [
            ";", ",", "\t", "\"", "\"\"", "\n", "\r", "\r\n", " ", "code", "naam", "soort", "ouder",
            "leden", "synthetisch", "NL", "PV22", "GM0119", "WK011901", "PC4-7942", "regio", "land",
            "gemeente", "wijk", "pc4", "provincie", "ja", "x", "\u{FEFF}", "é", "\u{0301}", "|"
        ]
        for round in 0..<6_000 {
            let data: Data
            if round % 2 == 0 {
                data = Data((0..<Int(rng.next() % 200)).map { _ in UInt8(truncatingIfNeeded: rng.next()) })
            } else {
                let header = round % 4 == 1 ? "code;naam;soort;ouder;leden;synthetisch\n" : ""
                data = Data(
                    (header
                        + (0..<Int(rng.next() % 60)).map { _ in tokens[Int(rng.next() % UInt64(tokens.count))] }
                        .joined()).utf8)
            }
            if let table = try? CSVReader.parse(data) {
                #expect(table.rows.allSatisfy { $0.fields.count >= table.header.count })
                #expect(zip(table.rows, table.rows.dropFirst()).allSatisfy { $0.line < $1.line })
                #expect(table.rows.allSatisfy { $0.line >= 1 })
            }
            let plan = GeographyImport.plan(csv: data, existing: ["PV22": .provincie, "GM0114": .gemeente])
            #expect(plan.isValid == (plan.issues.isEmpty && !plan.records.isEmpty))
            #expect(plan.issues.allSatisfy { $0.line >= 1 && !$0.message.isEmpty })
        }
    }
}

/// A small seeded PRNG so the fuzz test is reproducible.
private struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
