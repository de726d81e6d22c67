/// The values of one facet for every document, stored compactly: value numbers per
/// document in one flat array, with offsets.
struct FacetColumn: Sendable {
    /// Value number → raw code.
    private(set) var values: [String] = []
    private var numbers: [String: Int32] = [:]
    private var offsets: [Int32] = [0]
    private var documentValues: [Int32] = []

    /// Adds the next document's values (duplicates count once).
    mutating func append(_ raw: [String]) {
        var added: [Int32] = []
        for value in raw {
            let number: Int32
            if let known = numbers[value] {
                number = known
            } else {
                number = Int32(values.count)
                numbers[value] = number
                values.append(value)
            }
            if !added.contains(number) { added.append(number) }
        }
        documentValues.append(contentsOf: added)
        offsets.append(Int32(documentValues.count))
    }

    /// The value numbers of a document.
    func values(of document: Int) -> ArraySlice<Int32> {
        documentValues[Int(offsets[document])..<Int(offsets[document + 1])]
    }

    /// Per value number, whether it is one of `chosen`; nil when nothing is chosen.
    func mask(for chosen: Set<String>) -> [Bool]? {
        guard !chosen.isEmpty else { return nil }
        return values.map(chosen.contains)
    }
}
