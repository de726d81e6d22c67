import Foundation
import PropertyBased
import Testing

@testable import WiegCore

/// Properties of the story boundary and of the public values view over generated input.
@Suite("Stories and values view properties")
struct MonitoringViewPropertyTests {
    static let digits = Gen<Int>.int(in: 0...9).array(of: 8)
    static let word = Gen<Character?>.element(of: Array("abcdeëfgh ")).map { $0! }.string(of: 0...12)

    /// The ninth digit that makes eight digits pass the elfproef, if there is one.
    static func checkDigit(_ d: [Int]) -> Int? {
        let sum = (0..<8).reduce(0) { $0 + (9 - $1) * d[$1] }
        let last = sum % 11
        return last < 10 && (d.contains { $0 != 0 } || last != 0) ? last : nil
    }

    @Test("every number that passes the elfproef is found, whatever text is around it")
    func bsnFound() async {
        await propertyCheck(count: 300, input: Self.digits, Self.word, Self.word) { d, before, after in
            guard let last = Self.checkDigit(d) else { return }
            let bsn = (d + [last]).map(String.init).joined()
            #expect(StoryPrivacy.passesElfproef(bsn))
            #expect(StoryPrivacy.findings(in: before + " " + bsn + " " + after).contains(.bsn))
        }
    }

    @Test("a nine-digit number that fails the elfproef is never taken for a BSN")
    func otherNumbers() async {
        await propertyCheck(count: 300, input: Self.digits, Gen<Int>.int(in: 0...9)) { d, last in
            let number = (d + [last]).map(String.init).joined()
            guard !StoryPrivacy.passesElfproef(number) else { return }
            #expect(!StoryPrivacy.findings(in: "aantal " + number + " keer").contains(.bsn))
        }
    }

    @Test("the public values view never leaves exactly one hidden PC4 under a shown municipality, and shows no hidden counts")
    func publicRows() async {
        let counts = zip(Gen<Int>.int(in: 0...60), Gen<Int>.int(in: 1...400)).array(of: 1...7)
        await propertyCheck(count: 300, input: counts) { counts in
            let pcs = counts.indices.map { AreaRecord(code: AreaCode.pc4(7940 + $0), kind: .pc4, name: "P\($0)", parentCode: "GM0119") }
            let children = counts.enumerated().map { i, c in
                IndicatorValueRecord(
                    indicator: "BIG2", area: pcs[i].code, period: MeppelBIG2.period,
                    numerator: min(c.0, c.1), denominator: c.1, line: 0)
            }
            let total = IndicatorValueRecord(
                indicator: "BIG2", area: "GM0119", period: MeppelBIG2.period,
                numerator: children.reduce(0) { $0 + $1.numerator },
                denominator: children.reduce(0) { $0 + $1.denominator }, line: 0)
            let rows = IndicatorValueRows.build(
                definition: MeppelBIG2.big2, areas: [MeppelBIG2.meppel] + pcs,
                values: [total] + children, period: nil, reference: "GM0119", showSmallNumbers: false)
            #expect(rows.count == counts.count + 1)
            let parentShown = rows[0].suppression == .shown
            #expect(!(parentShown && rows.dropFirst().filter(\.suppression.isHidden).count == 1))
            for row in rows where row.suppression.isHidden {
                #expect(row.numerator == nil && row.denominator == nil && row.value == nil)
            }
            #expect(rows.allSatisfy { $0.suppression != .shownWithWarning })
        }
    }
}
