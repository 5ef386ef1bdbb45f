/// Every tolerance of the layout and table stages in one value, passed down explicitly from
/// `Extractor` (as pdfplumber's `TableSettings` or camelot's parameters are). The defaults are
/// the values the corpus was read with; docs/settings.md says what each one means.
///
/// Distances are in PDF points unless the name says `…Factor` / `…Fraction`: a factor
/// multiplies the font size of the text concerned (so the tolerance follows the print size),
/// a fraction is a share of a length or a count.
public struct ExtractionSettings: Equatable, Codable, Sendable {
    /// Ruling lines from the page bitmap, and grids from the lines.
    public struct Rulings: Equatable, Codable, Sendable {
        /// Where the lines come from: the shapes the PDF draws (`vector`: no bitmap is made) or a
        /// render of the page (`raster`). Both apply the thresholds below alike.
        public enum Source: String, Codable, Sendable { case vector, raster }
        public var source = Source.vector
        /// Pixels per point of the render the lines are found in.
        public var renderScale = 2.0
        /// Pixels darker than this (0 black … 255 white) are ink; light shading stays out.
        public var inkThreshold: UInt8 = 200
        /// Second, stricter pass where a filled area was found: rules inside a mid-gray header.
        public var strictInkThreshold: UInt8 = 110
        /// Last, lenient pass for pages with fewer than `lightPassBelowSegments` rules: light-gray hairlines.
        public var lightInkThreshold: UInt8 = 236
        public var lightPassBelowSegments = 4
        /// A faint rule (lighter than `inkThreshold`, darker than `lightInkThreshold`) between two
        /// column lines covers at least this share of the column's width.
        public var faintRuleCoverage = 0.95
        /// Shortest run of ink that can be a rule.
        public var minRunLength = 6.0
        /// Thicker than this is a filled area, not a line.
        public var maxThickness = 3.0
        /// A stroke of a glyph (一, 丨) runs into a border by up to this much at its ends.
        public var glyphStrokeEndSlack = 3.0
        /// A vertical stroke no longer than this × the height of the character it runs through is
        /// part of that glyph (the stem of a bold 1 poking out of its box).
        public var glyphStemFactor = 1.3
        /// A character box taller than this × its font size (a font reporting its whole line
        /// height) is judged by a band this × the font size tall about its middle: a rule
        /// through the box below the glyph is no stroke of it.
        public var glyphBandFactor = 1.25
        /// An ASCII digit is at least this many em wide: where its box is taller than that band,
        /// its width bounds the size it is printed at (a browser's reported size runs large), so
        /// that the rule just under a figure filling its cell is no stroke of the figure.
        public var glyphDigitWidthEm = 0.5
        /// Collinear pieces within `mergeSnap` of one another's position and `mergeGap` apart are one line.
        public var mergeSnap = 1.5
        public var mergeGap = 2.5
        /// Merged lines shorter than this take no part in grids.
        public var minSegmentLength = 4.0
        /// Lines that cross within this distance touch; row/column lines this close are one.
        public var gridTolerance = 2.0
        /// A line is drawn over a cell's side when it covers this share of it.
        public var sideCoverageFraction = 0.6
        /// Smaller grids are decoration, not tables; a narrower grid of `minOneColumnTableRows`
        /// rows or more is not (a sheet's last column alone on its page).
        public var minTableWidth = 20.0
        public var minTableHeight = 8.0
        /// A grid of one column is a frame round a paragraph, unless it has at least this many
        /// rows: then it is a column of a table (a spreadsheet's last column printed on a page of
        /// its own), read so that it can join the table it belongs to.
        public var minOneColumnTableRows = 6
        /// Vertical rules running on this far past the first or last horizontal rule bound an open
        /// row there (the text between them belongs to the table); kept only when it holds text.
        public var openEdgeMinExtent = 4.0
        /// A vertical rule that crosses no horizontal one belongs to the table whose box it lies in
        /// when it overlaps the table's height over this share of its length.
        public var loneVerticalOverlap = 0.8
        /// A table with at most this many horizontal rule positions (top, under the header,
        /// bottom, one more) is read as ruled by vertical lines only: its inner rules run across
        /// the width, and rows start and end where vertical rules do.
        public var verticalOnlyMaxRowRules = 4
        /// A vertical rule ending at least this far from any horizontal line implies one there.
        public var impliedLineMinGap = 4.0
        public init() {}
    }

    /// Characters into lines and words.
    public struct Text: Equatable, Codable, Sendable {
        /// Between two non-CJK characters a gap wider than this × the character height is a space.
        public var latinSpaceFactor = 0.3
        /// A page may hold a table when at least `blockyLinesForTable` lines have a gap wider than
        /// this × font size (text standing in separate cells).
        public var cellGapFactor = 1.5
        public var blockyLinesForTable = 2
        /// After a page that may hold a table, a page may too when at least `columnChunkMinLines`
        /// of its lines, and half of them, are each at most `columnChunkMaxLineEms` × font size
        /// wide: a column of a table's rows (a spreadsheet's last column on a page of its own).
        public var columnChunkMinLines = 5
        public var columnChunkMaxLineEms = 12.0
        /// A character's middle more than this share of its width across a column line: `text_across_columns`.
        public var acrossColumnFraction = 0.4
        /// Text on a ruled table's right side that has no rule, reaching within this (pt) of
        /// where the rules end or past it: the page's edge cut the table (`cut_at_page_edge`).
        /// Cells keep some padding from a table's side; clipped glyphs run to the clip.
        public var openEdgeTouchDistance = 0.5
        /// With both sides unruled (a table drawn open by design sets its text inside the rules'
        /// ends, justified prose hanging a little past them), text running further than this (pt)
        /// past where the rules end, or a digit further than `openEdgeTouchDistance`, was cut
        /// there by the page's edge (`cut_at_page_edge`).
        public var openSidesPastDistance = 1.5
        /// A header cell spanning columns up to a table's right side whose text stands more than
        /// this × em right of the middle of its columns, where the header's other spanning cells
        /// are centred (within a quarter of it), spans columns past where the page's edge cut the
        /// table (`cut_at_page_edge`).
        public var cutHeaderOffsetFactor = 0.5
        /// A character box taller than this × its font size is measured by its font size when
        /// characters are grouped into lines (Chromium's CJK boxes are 2.6 em tall, so the lines of
        /// a wrapped header cell overlap and would read 单资位金 for 单位 / 资金).
        public var maxCharHeightFactor = 1.2
        /// A page whose printed characters are at least this share Latin-1 letters and signs
        /// (at least `misreadMinChars` of them, ideographs fewer than a tenth as many) was set in
        /// fonts without a Unicode map; a document with `misreadDocumentShare` of its text pages
        /// so cannot be read (`MisreadText`).
        public var misreadPageShare = 0.2
        public var misreadMinChars = 20
        public var misreadDocumentShare = 0.5
        /// A character boxed off its line (a Type 3 font's comma 12 pt above the digits) whose
        /// neighbours across the line end and start within this (pt) of its sides, level with each
        /// other, is put back on their line (`DisplacedGlyphs`).
        public var displacedGlyphAbutDistance = 0.2
        /// A space poppler put where it read glyphs out of order starts where they start and
        /// they cover at least this share of its width; it goes (`DisplacedGlyphs`).
        public var placeholderSpaceCover = 0.5
        /// A character printed on the page before or after with the same text and each side
        /// of its box within this (pt) of this one's is printed again there (`RepeatedText`: a
        /// table's header repeated at the top of each page; one producer sets it alike each time).
        public var repeatedPlaceTolerance = 0.5
        /// A drawn character (CairoCapture) is a text character's when its advance spans the
        /// character's box, each end within `clipEdgeFraction` of the advance and at most
        /// `clipMaxEdgeDistance` pt, its baseline through the box; it is printed when its box
        /// reaches `clipVisibleOverlap` pt (half the box at most) into its clip on both axes.
        /// A character all of whose drawings are clipped away is not read (`ClippedText`).
        public var clipEdgeFraction = 0.15
        public var clipMaxEdgeDistance = 0.5
        public var clipVisibleOverlap = 0.5
        /// A printed character whose drawing loses more than `clipCutShare` of its box's height
        /// (or width) to a clip the size of a cell (less than `clipCellSpan` times the box on that
        /// axis) is placed where it shows: its box cut to the clip (`ClippedText`). A spreadsheet's
        /// header text taller than its cell spills over the rule under it and is cut there; read
        /// whole, its last line lands in the first body row. A page's clip moves nothing.
        public var clipCutShare = 0.25
        public var clipCellSpan = 8.0
        /// A printed character whose box runs more than this (points) past the left or right side
        /// of a clip wider than a cell (`clipCellSpan`), or whose neighbour on its line is clipped
        /// away there, is marked (`TextChar.cutByClip`): text laid out on a page stops short of its
        /// clip, so the line ran on past what the page prints, and a table holding such a
        /// character in its first or last column was cut (`cut_at_page_edge`).
        public var clipSideCutDistance = 0.5
        /// Characters drawn on one baseline (within `baselineTolerance` pt) whose boxes are
        /// shorter than the tallest there by more than `baselineBoxShortfall` of it take the
        /// tallest's top and foot about the baseline (`BaselineBoxes`: cairo's reprint of a
        /// browser's PDF reports digits at half the size of the Chinese beside them); only
        /// characters whose baseline lies below `baselineInBox` of their box's height from its top.
        public var baselineTolerance = 0.25
        public var baselineBoxShortfall = 0.1
        public var baselineInBox = 0.5
        public init() {}
    }

    /// Tables without ruling lines (or with horizontal rules only), from the alignment of text.
    public struct Stream: Equatable, Codable, Sendable {
        /// Characters further apart than this × font size are separate words. Under half an em:
        /// a cell's padding (a code right-aligned against the name beside it) parts two columns,
        /// a printed space (0.25–0.33 em) does not.
        public var wordGapFactor = 0.4
        /// Beside a digit the gap that parts words is this × em: amounts are set without gaps, so
        /// an amount close against a wrapped name or another amount is a word of its own.
        public var digitGapFactor = 0.15
        /// In a table's header, characters this × em apart are separate words: wider than a
        /// printed space (0.25–0.33 em), two narrow columns' wrapped headers set a little under a
        /// word gap apart (政府性 国有资). Two header leaves this far apart over body columns that
        /// print nothing part two columns even under `minColumnGap`.
        public var headerCharacterGapFactor = 0.35
        /// Lines without amounts (a wrapped name, a group label) that may stand between two body lines.
        public var maxLinesBetweenBodyLines = 2
        /// A horizontal rule shorter than this × font size is an underline, not a table rule.
        public var minRuleLengthFactor = 2.0
        /// Rule pieces closer than this (points) in height are one rule (cells drawn one by one).
        public var ruleJoinDistance = 1.0
        /// A rule over (under) the body lies within this × font size of its first (last) line's middle.
        public var ruleReachFactor = 2.5
        /// A header band between two rules is at most this × font size tall, or
        /// `headerBandLineFactor` × font size per line of text in it (a header set in narrow
        /// columns, one character per line, stands many lines tall).
        public var headerBandFactor = 5.0
        public var headerBandLineFactor = 2.0
        /// At most this many bands between rules above the body make the header.
        public var maxHeaderBands = 5
        /// A header with no rule over it (repeated at a page's top without its top border) is at
        /// most this many lines stacked above its highest rule.
        public var maxOpenHeaderLines = 12
        /// Lines between two horizontal rules at most this × em apart are one row (a name wrapped
        /// over many lines in a narrow column, the amounts set in the middle of the row); rules
        /// further apart bound one when rules of any extent part the band into gaps each under
        /// this (a project's indicator rows, ruled short of its merged code, name and amounts).
        public var rowBandFactor = 30.0
        /// Lines of text only between two body lines of a table ruled row by row are its rows
        /// when set at most this × the body's em (a larger title between two tables is not).
        public var maxRowEmFactor = 1.2
        /// A rule is over a line when it runs under at least this share of the line's width.
        public var ruleOverLineFraction = 0.8
        /// Text reaching past the right end of a table's full rules by more than this (points;
        /// negative: within that much short of it) was cut by the page's edge
        /// (`cut_at_page_edge`): cells keep padding from the rules' end, glyphs clipped with the
        /// rules run to it.
        public var pastRuleEndDistance = -0.5
        /// A ruled table without amounts is a stack of rules each at least this × em long, or
        /// of more than `minOneColumnTableRows` shorter rules of one extent (a narrow column alone).
        public var minStackRuleLengthFactor = 10.0
        /// Lines further apart than this × font size end a block.
        public var blockLineGapFactor = 2.5
        /// A header line sits within this × font size above the body.
        public var headerLineGapFactor = 2.0
        public var maxHeaderLines = 3
        /// A header above a body with no rules may stack up to this many lines when each is set
        /// no larger than the body (`maxRowEmFactor`): cells wrapped in narrow columns, down to a
        /// character a line (财政专户管理资金收入 in a column an ideograph wide, under a group line
        /// 本年收入 and over 小计 | 其中：财政拨款).
        public var maxStackedHeaderLines = 11
        /// A line of one word atop such a header (past `maxStackedHeaderLines` too) heads a group
        /// of its columns (绩效目标 over 成本指标 … 满意度指标, 项目金额(万元) over 资金总额 … 单位资金)
        /// where the word is at least this × em wide and centred (`stackedHeaderGroupCentreFactor`)
        /// over a run of the header words below with words beside that run (a title heads the
        /// whole table); else it is a title, a table's head beside, or a name wrapped a
        /// character a line.
        public var groupHeadMinWidthFactor = 2.0
        /// With no rules, a line without amounts whose middle lies within this × em above the
        /// first line of amounts is in that row (a name wrapped round amounts centred in its cell).
        public var itemLineReachFactor = 1.0
        /// … and further, lines beside the amounts set from the next line of the block no further
        /// apart than its closest two lines of a wrapped name, with this × em to spare: the first
        /// and last items' names wrapped over many lines (a header's or a note's line stands a
        /// cell's padding further off).
        public var wrapGapSlackFactor = 0.15
        /// A figure whose middle lies within this × em of the middle of a label wrapped over
        /// lines beside it is that label's value, the two cells of one row centred alike.
        public var centredCellMidFactor = 0.25
        /// Lines without amounts between two body lines, however many, are rows of the table
        /// when each word starts within this × em of where a label of the table starts (one side
        /// of a two-sided table running on alone).
        public var labelAlignFactor = 0.5
        /// With no rules, label lines above a single line of amounts are rows of names (one
        /// side running on alone to its last total) only where their widest word is wider than
        /// this × em: columns narrower wrap names a character or two a line, their lines
        /// cells of one row (the tail of a row cut by the page break above).
        public var nameLinesMinWidthFactor = 2.5
        /// In a stacked header (more than `maxHeaderLines` printed lines, no rules), two words
        /// over the same columns are lines of one wrapped cell when their middles lie at most
        /// this × em apart with nothing over those columns between.
        public var stackedHeaderWrapFactor = 2.0
        /// A shorter line under a header line over several columns is its cell's wrapped tail
        /// where the line above fills the cell's width within this × em.
        public var stackedHeaderFillSlackFactor = 1.5
        /// A header word centred over the middle one of its columns heads, of the ranges about it
        /// whose middle lies within this × em of its own…
        public var stackedHeaderGroupCentreFactor = 1.0
        /// …the best centred of them, or the widest of those centred within this × em as well
        /// (text is centred exactly; only rounding sets a cell's text off its middle).
        public var stackedHeaderGroupTieFactor = 0.25
        /// …and whose other columns' words all lie more than this × em below it (a wrapped
        /// neighbour's lines stand at most a line's pitch lower).
        public var stackedHeaderGroupDropFactor = 1.5
        /// Fewest body lines (with amounts) that make a table.
        public var minBodyLines = 3
        /// With no rules, fewer lines of amounts than `minBodyLines` make a table under a header
        /// line of at least this many cells side by side.
        public var minTextHeaderCells = 3
        /// Narrowest gap no body word crosses that separates two columns.
        public var minColumnGap = 3.0
        /// A narrower gap parts two columns where at least this many body words end within
        /// `alignedEdgeSlack` of its left side and as many start within it of its right side (a
        /// column set right a point or two from one set left: a spreadsheet's print).
        public var minAlignedEdgeRows = 3
        /// A header cell whose printed lines, one lower than another, stand apart side by side
        /// by more than this × em holds two cells' words (`header_uncertain`).
        public var sideBySideGapFactor = 0.5
        public var alignedEdgeSlack = 1.0
        /// Characters of a line whose middles lie more than this × em apart (sorted top down)
        /// stand in different printed rows: wrapped cells set at different heights side by side
        /// that the line gathered. Words never join characters of two rows.
        public var rowSplitFactor = 0.4
        /// A body rule reaching the table's right end that stops short on the left of columns
        /// merged down over several rows, amounts included (a project's code, name and amounts
        /// printed once beside its indicator rows), parts rows when it runs over at least this
        /// share of the body's width.
        public var partialRowRuleMinFraction = 0.25
        /// In a body ruled row by row, a gap between the words of a row that no column line
        /// parts is parted where at least this many rows' gaps overlap: a form's columns change
        /// between its blocks (other rows cross the line: one cell there).
        public var minBlockRows = 3
        /// …counting gaps between a row's words at least this × em wide (cells' padding on both
        /// sides; a printed space inside a cell's prose is narrower).
        public var blockGapFactor = 0.5
        public init() {}
    }

    /// Rows set by line spacing inside a ruled grid row that holds several items.
    public struct TextRows: Equatable, Codable, Sendable {
        /// A column is an amount column when at least this share of its lines are amounts.
        public var amountColumnFraction = 0.5
        /// Items closer than this × em hang together (a code line on its name; a label on the
        /// amounts beside it that have none).
        public var attachedGapFactor = 0.45
        /// A line fills its column (and the line under it may be its wrapped tail) when it is
        /// narrower than the column by at most this × its font size (cell padding and a digit).
        public var wrapSlackFactor = 2.5
        /// A wrapped tail sits under its line by at most this × the font size (CJK fonts set
        /// lines some 1.5 font sizes apart).
        public var wrapGapFactor = 0.8
        /// Text lines of one column set two ways apart (within a cell, and between rows with
        /// the cells' padding between) differ by more than this × em; a line closer to the one
        /// above than halfway between the two spacings continues its cell.
        public var rowSpacingStepFactor = 0.15
        /// …and the wider spacing is less than this × the narrower (twice is a row skipped).
        public var rowPitchMaxRatio = 1.75
        /// A line's wrap sets the next line at most this × em further down (CJK type is set some
        /// 1.2–1.5 em apart): lines further apart are no wrap, whatever their width.
        public var wrapPitchMaxFactor = 2.0
        /// Where spacing tells nothing, a line fills its cell (and the line under it is its wrapped
        /// tail) when it ends within this × em of the column's furthest-reaching line.
        public var fillSlackFactor = 1.0
        /// Vertical rules only: a line of a cell ending more than this × em short of the cell's right side (its padding
        /// aside), over a line that begins an item ((3) …, 二、…), is no wrap: two rows run
        /// together (`several_values_in_cell`).
        public var itemStartShortLineFactor = 3.0
        /// With a single line of amounts in a ruled row, labels are cut into rows of their own only
        /// when the row holds at least this many items (a heading and its children; not a name
        /// over two lines).
        public var minItemsBesideOneAmountLine = 3
        /// Under vertical rules only, a band with no column of two amounts and no form's rows is
        /// read item by item when one printed line carries figures in at least this many columns
        /// (the last of a list whose other items print no amounts): that line anchors its item.
        public var minSingleLineAmountColumns = 2
        /// A label none of whose lines has its middle within this × em of a line of amounts sits
        /// between items' lines (centred down a cell merged over several rows).
        public var offLineFactor = 0.25
        /// A cell of one row is centred on its row's line of amounts: its lines' middle lies within
        /// this × em of it (a browser sets both exactly; a label merged down two rows is off
        /// each row's line by the cells' padding).
        public var ownLineFactor = 0.05
        /// Text in a column that starts closer than this × em after a line of the column left of
        /// it, on the same line, runs on across the rule between them (one label over both
        /// columns: (1) 政府 | 预算资金), and is no label of its own column.
        public var runOnGapFactor = 0.25
        /// A column of text is one of labels merged down several rows (printed once in the area
        /// they span) when it holds fewer lines than this share of the lines of amounts, and
        /// one of them runs beside two items' amounts or sits off every line of amounts.
        public var mergedLabelMaxShare = 0.5
        /// A merged label is set at the top of the rows it spans (a cell cut by a page break) when
        /// its first line lies within this × em of the top of its first row's text…
        public var mergedLabelTopFactor = 0.5
        /// …and that reading costs this many em more than a centred one as good.
        public var mergedLabelTopPenalty = 0.1
        /// Each row left under a column's last merged label (no label's) costs this many em.
        public var mergedLabelTrailingRowPenalty = 1.0
        /// Each row a column's first label reaches up over, above its own lines, costs this many
        /// em (those rows might as well be the rest of a cell cut by the page break above).
        public var mergedLabelLeadingRowPenalty = 0.05
        /// A merged label further than this × em from the middle of the rows it is given makes
        /// those rows ask for review (`row_boundary_uncertain`).
        public var mergedLabelDoubtFactor = 0.75
        /// Another reading of a merged column within this many em of the one taken (a label
        /// centred on one tall row or over several rows about it alike) makes the rows the two
        /// readings give differently ask for review (`row_boundary_uncertain`).
        public var mergedLabelTieTolerance = 0.04
        public init() {}
    }

    /// Amounts lost on the way: what counts as printed in a table's area.
    public struct Loss: Equatable, Codable, Sendable {
        /// A line across a table's columns closer than this × its font size to the table's top or
        /// bottom rule is printed in the table's area.
        public var nearFactor = 2.0
        /// A line beside a table, between its top and bottom rules, closer than this × its font
        /// size to the table's side is printed in the table's area (a column past an open side).
        public var besideFactor = 10.0
        /// Two columns read as one (a code run into the name beside it, 30216培训费): a column
        /// is taken for one where at least this many of its cells, and `codeRunShare` of those
        /// filled, open with a code run into a name (one name that starts with digits is a name).
        public var minCodesRunIn = 2
        public var codeRunShare = 1.0 / 3.0
        /// A column of figures (targets: 100%, ≥90%) has at least this share of its filled cells
        /// figures; one of its figures found in the column of text on its right, its own cell
        /// empty, makes the row ask for review (`several_values_in_cell`).
        public var figureColumnShare = 0.5
        public init() {}
    }

    /// Header rows told from body rows.
    public struct Header: Equatable, Codable, Sendable {
        /// Header rows are looked for among the first this many rows.
        public var maxRows = 8
        /// A header row has at least this share of its cells filled.
        public var minFilledFraction = 0.5
        /// Two lines are level (side by side on one printed line) when their middles lie within
        /// this share of the lower line's height: a header cell's lines each level with another
        /// header row's text, and no rule between, may be cells stacked (`header_uncertain`).
        public var stackedLineLevelFraction = 0.25
        public init() {}
    }

    /// Pieces on several pages joined into one table.
    public struct Stitching: Equatable, Codable, Sendable {
        /// A continuation starts at most this many pages after the previous piece.
        public var maxPageGap = 1
        /// Column chunks of a spreadsheet's print (`ColumnChunks`): row lines of two chunks'
        /// pieces this close (pt) are one line; rows of one height line up with any table printed
        /// alike, so only pieces whose rows vary in height, or hold this many body rows, join.
        public var chunkLineTolerance = 1.0
        public var chunkMinUniformRows = 8
        /// Pieces with different column counts continue one another when their widths differ by less than this share.
        public var widthFraction = 0.1
        /// A continuation whose columns split the table's (each of its columns lies in one of the
        /// table's, over at least this share of its width: a column read as two where nothing
        /// parts its text) places its rows as the table's: only a row whose cells meet in one
        /// column, or one cell spread over two, asks (`column_mismatch`); other column counts ask
        /// on every row.
        public var columnSplitFraction = 0.8
        /// `empty_after_break` is looked for in tables of at least this many rows, in columns filled on this share of them.
        public var emptyAfterBreakMinRows = 10
        public var emptyAfterBreakFillFraction = 0.95
        /// Two text columns changing together on at least this many rows (away from the breaks)
        /// are one group's cells (a project's code and name): parting just after a break, one
        /// carried and one not, they ask (`TableAssembler.markCarriesThatDisagree`).
        public var parallelColumnsMinChanges = 3
        /// A cell's last line fills the cell when it is narrower than the cell less its padding by
        /// at most this × its font size (a character that did not fit, a bracket or digit group
        /// kept whole): only such a text can go on past a page break.
        public var fullLineSlackFactor = 2.5
        /// … and its bottom is closer than this × its font size to the cell's bottom (a line's
        /// room and the cell's padding): the text used the cell's last line of room.
        public var fullLineBottomFactor = 2.0
        /// Text past a table's last rule (first rule, on the next page) under a column the rule
        /// leaves open belongs to the cell there (a merged cell cut by a page break runs on past
        /// the rule) when it starts within this × its font size of the rule and goes on with
        /// gaps no wider between its lines.
        public var cutCellOverflowGapFactor = 1.0
        /// Text on both sides of a break is one text cut by it only if the first word after the
        /// break would not have fitted in the room left on the last line before it: a word
        /// narrower than that room by this share of its width would have fitted, so the text
        /// before the break had ended (a row of its own follows, not a continuation).
        public var wordFitSlackFraction = 0.1
        /// A cut row the next page's first row did not join, where a cell of that row reaches
        /// higher above the row's other cells than below them by at least this share of one of
        /// its lines: the cut row's rest may have been read into it, and both rows ask.
        public var restAboveLineShare = 0.7
        public init() {}
    }

    /// Title blocks above tables and notes below them.
    public struct TitleBlocks: Equatable, Codable, Sendable {
        /// Above the first table of a page, at most this many lines are its title block; the rest is narrative.
        public var maxLines = 6
        /// A note line closer than this × font size to the one above continues it.
        public var noteWrapFactor = 0.9
        /// A line in the top or bottom `runningMarginFraction` of the page printed again (digits
        /// aside) on at least `runningMinPages` pages is a running head or foot, not a title.
        public var runningMarginFraction = 0.05
        public var runningMinPages = 2
        /// A title set at least this × the smallest line of its block is printed as a title,
        /// whatever its words (half of a title over facing pages): an `other` table under it is
        /// no loose piece.
        public var titleSizeRatio = 1.15
        /// On a page where no table was read, a table's title is the line set at least this × the
        /// median of the page's other lines (and of other lines that read as titles: header words
        /// such as “三公”经费); it is listed as a table not read.
        public var lonelyTitleSizeRatio = 1.1
        public init() {}
    }

    public var rulings = Rulings()
    public var text = Text()
    public var stream = Stream()
    public var textRows = TextRows()
    public var loss = Loss()
    public var header = Header()
    public var stitching = Stitching()
    public var titleBlocks = TitleBlocks()
    public init() {}

    /// The values the corpus is read with.
    public static let standard = ExtractionSettings()
}

import Foundation

/// A settings file that cannot be used: the name of what is wrong in it.
public struct SettingsFileError: Error, CustomStringConvertible {
    public var description: String
}

extension ExtractionSettings {
    /// `base` with the values a JSON object sets (the shape `budgetpdf debug --settings` prints;
    /// any subset of it): `{"rulings": {"inkThreshold": 180}}`. A name it does not know or a
    /// value of the wrong type is an error, never ignored.
    public static func overriding(_ base: ExtractionSettings = .standard, with json: Data) throws -> ExtractionSettings {
        guard let baseObject = try JSONSerialization.jsonObject(with: JSONEncoder().encode(base)) as? [String: Any] else {
            throw SettingsFileError(description: "cannot read the standard settings")
        }
        let given: Any
        do { given = try JSONSerialization.jsonObject(with: json) } catch {
            throw SettingsFileError(description: "not JSON (\(error.localizedDescription))")
        }
        guard let object = given as? [String: Any] else { throw SettingsFileError(description: "not a JSON object") }
        func merge(_ base: [String: Any], _ over: [String: Any], at path: String) throws -> [String: Any] {
            var out = base
            for (key, value) in over {
                let name = path.isEmpty ? key : path + "." + key
                guard let current = base[key] else { throw SettingsFileError(description: "no setting named \(name)") }
                if let inner = current as? [String: Any] {
                    guard let innerOver = value as? [String: Any] else { throw SettingsFileError(description: "\(name) is a group: give an object") }
                    out[key] = try merge(inner, innerOver, at: name)
                } else {
                    out[key] = value
                }
            }
            return out
        }
        let merged = try merge(baseObject, object, at: "")
        do {
            return try JSONDecoder().decode(ExtractionSettings.self, from: JSONSerialization.data(withJSONObject: merged))
        } catch {
            throw SettingsFileError(description: "a value of the wrong type (\(error))")
        }
    }
}
