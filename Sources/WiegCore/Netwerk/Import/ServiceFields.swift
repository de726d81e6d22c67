/// The list and number columns of a services file.
enum ServiceFields {
    static func phases(_ r: inout NetworkRowReader<ServiceColumn>) -> [Phase] {
        var phases: [Phase] = []
        for value in NetworkFields.list(r.cell(.fasen)) {
            let english: [Phase: String] = [.voor: "before", .tijdens: "during", .na: "after"]
            if let phase = NetworkFields.choice(value, names: { (p: Phase) in [p.rawValue, p.dutchName, p.englishName, english[p]!] }) {
                if !phases.contains(phase) { phases.append(phase) }
            } else {
                r.report(.fasen, "Onbekende fase '\(value)'; gebruik voor, tijdens en/of na, gescheiden door |.")
            }
        }
        return phases
    }

    /// leeftijd_van and leeftijd_tot: whole months in -9…48, van ≤ tot; empty → -9 and 48.
    static func ages(_ r: inout NetworkRowReader<ServiceColumn>) -> (Int, Int) {
        let range = ServiceRecord.ageRange
        func age(_ column: ServiceColumn, _ label: String, _ fallback: Int) -> Int? {
            let value = r.cell(column)
            guard !value.isEmpty else { return fallback }
            guard let months = Int(value) else {
                r.report(
                    column,
                    "\(label) '\(value)' is geen heel aantal maanden; schrijf een getal van \(range.lowerBound) tot en met \(range.upperBound)."
                )
                return nil
            }
            guard range.contains(months) else {
                r.report(
                    column,
                    "\(label) \(months) valt buiten \(range.lowerBound) tot en met \(range.upperBound) maanden "
                        + "(-9 is het begin van de zwangerschap, 48 is vier jaar).")
                return nil
            }
            return months
        }
        let from = age(.leeftijdVan, "Leeftijd van", range.lowerBound)
        let to = age(.leeftijdTot, "Leeftijd tot", range.upperBound)
        if let from, let to, from > to {
            r.report(.leeftijdTot, "Leeftijd van (\(from) maanden) is groter dan leeftijd tot (\(to) maanden).")
        }
        return (from ?? range.lowerBound, to ?? range.upperBound)
    }

    /// Need codes, each one of `known` (exactly, or in lower case).
    static func needs(_ r: inout NetworkRowReader<ServiceColumn>, known: Set<String>) -> [String] {
        var codes: [String] = []
        for value in NetworkFields.list(r.cell(.behoeften)) {
            guard let code = known.contains(value) ? value : known.contains(value.lowercased()) ? value.lowercased() : nil else {
                let hint =
                    known.isEmpty || known.count > 30
                    ? "gebruik de codes uit de lijst met behoeften"
                    : "gebruik een van: " + known.sorted().joined(separator: ", ")
                r.report(.behoeften, "Onbekende behoefte '\(value)'; \(hint).")
                continue
            }
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// ISO 639-1 codes; empty → Dutch only.
    static func languages(_ r: inout NetworkRowReader<ServiceColumn>) -> [String] {
        var codes: [String] = []
        for value in NetworkFields.list(r.cell(.talen)) {
            let code = value.lowercased()
            guard ISO639.codes.contains(code) else {
                r.report(.talen, "Onbekende taalcode '\(value)'; gebruik codes van twee letters (ISO 639-1), zoals nl, en, ar of tr.")
                continue
            }
            if !codes.contains(code) { codes.append(code) }
        }
        return codes.isEmpty ? ["nl"] : codes
    }
}
