import Foundation
import Testing

@testable import WiegCore

@Suite("Quarters as text, and as dates")
struct QuarterTextTests {
    @Test("Q1 2024, q1-2024, 2024-Q1 and 2024 Q1 are the same quarter")
    func spellings() {
        let q1 = Quarter(year: 2024, quarter: 1)
        for text in ["Q1 2024", "q1-2024", "2024-Q1", "2024 q1", "Q1/2024"] { #expect(QuarterText.parse(text) == q1, "\(text)") }
        for text in ["Q5 2024", "Q0 2024", "Q1", "2024", "Q1 24", "Q1 1999", "Q1 2101", "Q12 2024", "kwartaal 1 2024", "Q1 2024 Q2", ""] {
            #expect(QuarterText.parse(text) == nil, "\(text)")
        }
        #expect(QuarterText.format([Quarter(year: 2025, quarter: 1), Quarter(year: 2024, quarter: 3)]) == "Q3 2024, Q1 2025")
    }

    @Test("a quarter's start, end and the quarter of a moment, in Dutch time")
    func dates() {
        let cal = Calendar.dutch
        let q3 = Quarter(year: 2024, quarter: 3)
        #expect(q3.start() == cal.date(from: DateComponents(year: 2024, month: 7, day: 1)))
        #expect(q3.end() == cal.date(from: DateComponents(year: 2024, month: 10, day: 1)))
        #expect(Quarter(year: 2024, quarter: 4).end() == cal.date(from: DateComponents(year: 2025, month: 1, day: 1)))
        #expect(Quarter.containing(cal.date(from: DateComponents(year: 2024, month: 9, day: 30, hour: 23, minute: 59))!) == q3)
        #expect(Quarter.containing(cal.date(from: DateComponents(year: 2024, month: 10, day: 1))!) == Quarter(year: 2024, quarter: 4))
        #expect(Quarter(year: 2024, quarter: 4).next == Quarter(year: 2025, quarter: 1))
        #expect(
            Quarter.range(from: Quarter(year: 2024, quarter: 3), to: Quarter(year: 2025, quarter: 2)).map(\.label)
                == ["Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025"])
        #expect(Quarter.range(from: q3, to: Quarter(year: 2024, quarter: 1)).isEmpty)
    }
}
