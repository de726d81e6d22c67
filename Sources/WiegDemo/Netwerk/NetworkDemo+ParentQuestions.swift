extension NetworkDemo {
    /// 25 everyday questions of parents, each with the needs any of which is a right
    /// reading. The parents' finder must understand each, and the demo's social map has
    /// help for each in Meppel and in Venlo (the tests of WiegCore and WiegWeb check both).
    public static let parentQuestions: [(question: String, needs: Set<String>)] = [
        ("geldzorgen", ["schulden", "laag-inkomen"]), ("ik heb schulden", ["schulden"]),
        ("geen geld voor babyspullen", ["laag-inkomen"]), ("tienerzwangerschap", ["tienerouders"]),
        ("ik ben 17 en zwanger", ["tienerouders"]), ("somber", ["psychische-problemen"]),
        ("niet lekker in mijn vel", ["psychische-problemen", "stress"]),
        ("huilbaby", ["opvoedvragen", "hechting", "ontwikkeling-kind"]), ("ruzie thuis", ["huiselijk-geweld"]),
        ("mijn partner slaat me", ["huiselijk-geweld"]), ("stoppen met roken", ["roken"]),
        ("ik drink alcohol en ben zwanger", ["alcohol"]), ("drugs", ["verslaving"]), ("geen huis", ["huisvesting"]),
        ("dakloos", ["huisvesting"]), ("ik spreek geen Nederlands", ["taal-tolk"]), ("tolk", ["taal-tolk"]),
        ("moeite met lezen", ["laaggeletterdheid"]), ("voorlezen aan mijn baby", ["taalontwikkeling"]),
        ("borstvoeding lukt niet", ["borstvoeding"]), ("foliumzuur", ["voeding-foliumzuur"]),
        ("ik wil zwanger worden", ["kinderwens"]), ("niet zwanger worden", ["onbedoelde-zwangerschap"]),
        ("alleenstaande moeder", ["eenoudergezin"]), ("eenzaam", ["sociaal-isolement"])
    ]
}
