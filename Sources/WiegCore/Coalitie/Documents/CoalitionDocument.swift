import Foundation

/// A coalition document (plan van aanpak, jaarplan, voortgangsrapportage) as plain
/// content: a title, sections with headings and blocks. Renderers (Markdown here, HTML
/// and print in the web layer) turn it into a file; no renderer logic lives in the model.
public struct CoalitionDocument: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    public var sections: [DocumentSection]

    public init(title: String, subtitle: String? = nil, sections: [DocumentSection] = []) {
        self.title = title
        self.subtitle = subtitle
        self.sections = sections
    }

    /// The headings with unique, slugged anchors, in document order, for a table of contents.
    public var tableOfContents: [TableOfContentsEntry] {
        let anchors = DocumentAnchor.unique(sections.map(\.heading))
        return zip(sections, anchors).map { TableOfContentsEntry(heading: $0.heading, level: $0.level, anchor: $1) }
    }
}

/// One section: a heading at a level (1 = chapter, 2 = paragraph, … up to 5) and its blocks.
/// Sections are flat; a level-2 section belongs to the level-1 section before it.
public struct DocumentSection: Sendable, Equatable {
    public var heading: String
    public var level: Int
    public var blocks: [DocumentBlock]

    /// `level` is clamped to 1…5.
    public init(_ heading: String, level: Int = 1, blocks: [DocumentBlock] = []) {
        self.heading = heading
        self.level = min(max(level, 1), 5)
        self.blocks = blocks
    }
}

/// A piece of a section's content.
public enum DocumentBlock: Sendable, Equatable {
    case paragraph(String)
    case bullets([String])
    case table(DocumentTable)
}

/// A table: a header and rows, where total rows (subtotals, totals) are marked so a
/// renderer can set them apart (bold) wherever they stand.
public struct DocumentTable: Sendable, Equatable {
    public var header: [String]
    public var rows: [Row]

    public struct Row: Sendable, Equatable {
        public var cells: [String]
        public var isTotal: Bool

        public init(_ cells: [String], isTotal: Bool = false) {
            self.cells = cells
            self.isTotal = isTotal
        }
    }

    public init(header: [String], rows: [Row]) {
        self.header = header
        self.rows = rows
    }

    /// Body rows, then (optionally) total rows at the bottom.
    public init(header: [String], rows: [[String]], totals: [[String]] = []) {
        self.init(header: header, rows: rows.map { Row($0) } + totals.map { Row($0, isTotal: true) })
    }

    /// The body rows' cells (without totals).
    public var bodyRows: [[String]] { rows.filter { !$0.isTotal }.map(\.cells) }
    /// The total rows' cells.
    public var totalRows: [[String]] { rows.filter(\.isTotal).map(\.cells) }
}

/// One line of a table of contents.
public struct TableOfContentsEntry: Sendable, Equatable {
    public var heading: String
    public var level: Int
    /// Unique within the document; usable as an HTML id and a `#fragment`.
    public var anchor: String
}
