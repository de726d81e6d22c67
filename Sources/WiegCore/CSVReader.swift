import Foundation

/// One record of a CSV file.
public struct CSVRow: Sendable, Equatable {
    /// 1-based physical line on which the record starts.
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}

/// A parsed CSV file: the header and the data rows below it.
public struct CSVTable: Sendable, Equatable {
    /// Header names, trimmed.
    public let header: [String]
    /// Data rows (header excluded, fully blank lines skipped), padded with "" to the header width.
    public let rows: [CSVRow]
    public let delimiter: Character
    public let encoding: CSVEncoding

    public init(header: [String], rows: [CSVRow], delimiter: Character, encoding: CSVEncoding) {
        self.header = header
        self.rows = rows
        self.delimiter = delimiter
        self.encoding = encoding
    }
}

/// The text encoding a CSV file turned out to have.
public enum CSVEncoding: String, Sendable {
    case utf8, windows1252, utf16
}

public enum CSVError: Error, Equatable, Sendable {
    /// The file holds no header (only blank lines or nothing at all).
    case empty
    /// A quoted field opened on `line` is never closed.
    case unterminatedQuote(line: Int)
    /// The file is larger than `limit` bytes.
    case tooLarge(limit: Int)
}

extension CSVError {
    /// One Dutch sentence for the user, naming the line where there is one.
    public var dutchMessage: String {
        switch self {
        case .unterminatedQuote(let line): "Regel \(line): een aanhalingsteken wordt niet gesloten."
        default: dutchDetail
        }
    }

    /// The message without a line prefix, for reports that show the line separately.
    var dutchDetail: String {
        switch self {
        case .empty:
            "Het bestand is leeg."
        case .unterminatedQuote:
            "Een aanhalingsteken wordt niet gesloten."
        case .tooLarge(let limit):
            limit >= 1_000_000
                ? "Het bestand is te groot (meer dan \(limit / 1_000_000) MB)."
                : "Het bestand is te groot (meer dan \(limit) bytes)."
        }
    }
}

/// A forgiving RFC 4180 reader for the CSV files people export from spreadsheets.
/// It works on UTF-8 bytes: every structural character is ASCII, and ASCII bytes never
/// occur inside a multi-byte UTF-8 sequence.
public enum CSVReader {
    /// Decodes (UTF-8, else Windows-1252), detects the delimiter from the header line and
    /// splits `data` into records. Quoted fields may hold delimiters, `""` and newlines.
    public static func parse(_ data: Data, maxBytes: Int = 50_000_000) throws(CSVError) -> CSVTable {
        guard data.count <= maxBytes else { throw .tooLarge(limit: maxBytes) }
        var (bytes, encoding) = decode(data)
        // Excel's "sep=;" first line names the delimiter; the data starts on line 2.
        var delimiter: UInt8
        var firstLine = 1
        if let (named, rest) = separatorLine(bytes) {
            delimiter = named
            bytes = rest
            firstLine = 2
        } else {
            delimiter = detectDelimiter(bytes)
        }
        let records = try split(bytes, delimiter: delimiter, firstLine: firstLine)
        guard let first = records.first else { throw .empty }
        let header = first.fields.map(\.trimmingWhitespace)
        let rows = records.dropFirst().map { row in
            row.fields.count >= header.count
                ? row
                : CSVRow(line: row.line, fields: row.fields + Array(repeating: "", count: header.count - row.fields.count))
        }
        return CSVTable(header: header, rows: rows, delimiter: Character(Unicode.Scalar(delimiter)), encoding: encoding)
    }

    /// `sep=X` as the first line (as Excel writes it): the delimiter and the bytes after that line.
    static func separatorLine(_ bytes: [UInt8]) -> (UInt8, [UInt8])? {
        guard bytes.count >= 5, bytes[0...3].map({ $0 | 0x20 }) == Array("sep=".utf8) else { return nil }
        let named = bytes[4]
        guard [semicolon, comma, tab, UInt8(ascii: "|")].contains(named) else { return nil }
        var i = 5
        while i < bytes.count, bytes[i] == space { i += 1 }
        if i < bytes.count, bytes[i] == cr { i += 1 }
        if i < bytes.count, bytes[i] == lf { i += 1 }
        guard i == bytes.count || i > 5 else { return nil }
        return (named, Array(bytes[i...]))
    }

    /// `;` when the header has more of them than `,` (outside quotes); tab when it has only
    /// tabs; otherwise `,`. Leading blank lines are skipped.
    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var semicolons = 0
        var commas = 0
        var tabs = 0
        var inQuotes = false
        var sawContent = false
        for b in bytes {
            if b == quote {
                inQuotes.toggle()
                sawContent = true
                continue
            }
            if inQuotes { continue }
            switch b {
            case lf, cr:
                if sawContent { return choose(semicolons, commas, tabs) }
                semicolons = 0
                commas = 0
                tabs = 0
            case semicolon:
                semicolons += 1
                sawContent = true
            case comma:
                commas += 1
                sawContent = true
            case tab: tabs += 1
            case space: break
            default: sawContent = true
            }
        }
        return choose(semicolons, commas, tabs)
    }

    private static func choose(_ semicolons: Int, _ commas: Int, _ tabs: Int) -> UInt8 {
        if semicolons > commas { return semicolon }
        if semicolons == 0, commas == 0, tabs > 0 { return tab }
        return comma
    }

    /// Splits UTF-8 text into records, counting physical lines (\n, \r\n and \r each end one).
    static func split(_ bytes: [UInt8], delimiter: UInt8, firstLine: Int = 1) throws(CSVError) -> [CSVRow] {
        var rows: [CSVRow] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var inQuotes = false
        var line = firstLine
        var recordLine = firstLine
        var quoteLine = firstLine
        var i = 0

        func endField() {
            if quoted {
                fields.append(String(decoding: field, as: UTF8.self))
            } else {
                var lo = field.startIndex
                var hi = field.endIndex
                while lo < hi, field[lo] == space || field[lo] == tab { lo += 1 }
                while hi > lo, field[hi - 1] == space || field[hi - 1] == tab { hi -= 1 }
                let text = String(decoding: field[lo..<hi], as: UTF8.self)
                // Rare non-ASCII whitespace (e.g. a no-break space) at either end.
                fields.append(lo < hi && (field[lo] >= 0x80 || field[hi - 1] >= 0x80) ? text.trimmingWhitespace : text)
            }
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            let wasQuoted = quoted
            endField()
            if !(fields.count == 1 && fields[0].isEmpty && !wasQuoted) {
                rows.append(CSVRow(line: recordLine, fields: fields))
            }
            fields = []
            quoted = false
        }
        /// Consumes the \n of a \r\n pair.
        func skipLF(after b: UInt8) { if b == cr, i < bytes.count, bytes[i] == lf { i += 1 } }

        while i < bytes.count {
            let b = bytes[i]
            i += 1
            if inQuotes {
                switch b {
                case quote:
                    if i < bytes.count, bytes[i] == quote {
                        i += 1
                        field.append(quote)
                    } else {
                        inQuotes = false
                    }
                case cr, lf:
                    skipLF(after: b)
                    field.append(lf)
                    line += 1
                default:
                    field.append(b)
                }
                continue
            }
            switch b {
            case delimiter:
                endField()
                quoted = false
            case cr, lf:
                skipLF(after: b)
                endRecord()
                line += 1
                recordLine = line
            case quote:
                if quoted {
                    inQuotes = true  // lenient: `"a"b"c"` reopens
                } else if field.allSatisfy({ $0 == space || $0 == tab }) {
                    field.removeAll(keepingCapacity: true)
                    quoted = true
                    inQuotes = true
                } else {
                    field.append(b)  // a stray quote inside an unquoted field is kept literally
                }
                if inQuotes { quoteLine = line }
            case space where quoted, tab where quoted:
                break  // whitespace after a closing quote
            default:
                field.append(b)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty || quoted { endRecord() }
        return rows
    }

    /// UTF-8 bytes (BOM stripped) and the encoding the data had: UTF-8 when valid, else Windows-1252.
    static func decode(_ data: Data) -> ([UInt8], CSVEncoding) {
        // UTF-16 with a byte-order mark ("Unicode text" from Excel): read it as it is.
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let little = data.starts(with: [0xFF, 0xFE])
            if let text = String(data: data.dropFirst(2), encoding: little ? .utf16LittleEndian : .utf16BigEndian) {
                return (Array(text.utf8), .utf16)
            }
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if String(validating: bytes, as: UTF8.self) != nil { return (bytes, .utf8) }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            let v = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt16(b)
            if v < 0x80 {
                utf8.append(UInt8(v))
            } else if v < 0x800 {
                utf8 += [UInt8(0xC0 | v >> 6), UInt8(0x80 | v & 0x3F)]
            } else {
                utf8 += [UInt8(0xE0 | v >> 12), UInt8(0x80 | v >> 6 & 0x3F), UInt8(0x80 | v & 0x3F)]
            }
        }
        return (utf8, .windows1252)
    }

    /// Windows-1252 bytes 0x80–0x9F; the five undefined ones map to their C1 control.
    private static let cp1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178
    ]

    private static let quote = UInt8(ascii: "\""), semicolon = UInt8(ascii: ";"), comma = UInt8(ascii: ",")
    private static let tab = UInt8(ascii: "\t"), space = UInt8(ascii: " ")
    private static let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
}

extension String {
    /// Trimmed of surrounding whitespace and newlines; cheap when there is none.
    var trimmingWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
            Self.isWhitespace(first) || Self.isWhitespace(last)
        else { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `properties.isWhitespace`, answered without the Unicode tables for ASCII: looking
    /// them up for both ends of every field was 15 % of reading a national file.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value == 0x20 || (0x09...0x0D).contains(s.value) : s.properties.isWhitespace
    }
}
