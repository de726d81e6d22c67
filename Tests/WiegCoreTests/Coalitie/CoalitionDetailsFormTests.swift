import Foundation
import Testing

@testable import WiegCore
@testable import WiegDemo

@Suite("The coalition details form")
struct CoalitionDetailsFormTests {
    let meppel = CoalitionDemo.meppel.work.coalition

    @Test("a valid form sets the project leader, start date, involvement and one year's monitoring answer; the rest stays")
    func valid() throws {
        let record = try #require(
            CoalitionDetailsForm.check(
                fields: [
                    "projectleider": "beleidsadviseur gemeente", "startdatum": "01-03-2020", "vormen": "klankbordgroep, ouderraad",
                    "toelichting": "Maandelijks overleg.", "jaar": "2024", "deelname": "ja"
                ], coalition: meppel
            ).record)
        #expect(record.projectLeader == "beleidsadviseur gemeente")
        #expect(record.startDate.map { NetworkDates.format($0) } == "01-03-2020")
        #expect(record.targetGroupInvolvement == [.klankbordgroep, .ouderraad] && record.involvementNote == "Maandelijks overleg.")
        #expect(record.monitoringParticipation[2024] == .some(true))
        #expect(record.members == meppel.members && record.name == meppel.name)
        let back = CoalitionDetailsForm.fields(record)
        #expect(try #require(CoalitionDetailsForm.check(fields: back, coalition: record).record) == record)
    }

    @Test("each wrong field gets its Dutch message on that field; without a year the monitoring answers stay as they were")
    func invalid() {
        let check = CoalitionDetailsForm.check(
            fields: [
                "projectleider": "Jan, geboren 12-04-1980", "startdatum": "31-02-2020",
                "vormen": "enquête", "jaar": "twintig"
            ], coalition: meppel)
        let fields = Set(check.issues.compactMap(\.column))
        #expect(check.record == nil && fields == ["projectleider", "startdatum", "vormen", "jaar"])
        let kept = CoalitionDetailsForm.check(fields: ["vormen": ""], coalition: meppel).record
        #expect(kept?.monitoringParticipation == meppel.monitoringParticipation && kept?.projectLeader == nil)
    }
}
