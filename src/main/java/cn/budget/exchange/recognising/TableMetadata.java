package cn.budget.exchange.recognising;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.content.CellView;
import cn.budget.content.MeasureUnit;
import cn.budget.exchange.reading.Block;
import cn.budget.exchange.reading.Text;

/**
 * What the lines above a table and the rows above its column headers say about it: its
 * title, its unit of measure ({@code 单位：万元}), the unit it belongs to ({@code 312002公安局})
 * and header fields written as label and value ({@code 项目编码 | 2040220},
 * {@code 截止时间：2019年12月31日}), including a row of labels over a row of values (the spending
 * plan), under a label of labels (预算规模及资金用途).
 */
public final class TableMetadata {

	private static final Pattern MEASURE = Pattern
		.compile("(?:金额单位|单位)[:：]?\\s*(万元|元)|[（(](万元|元)[）)]|[:：]\\s*(万元|元)\\s*$");

	private static final Pattern OF_WHICH = Pattern.compile("^其中[:：]\\s*(?=[^:：]+[:：])");

	private static final Pattern SEGMENTS = Pattern.compile("[\\s\\u3000]{2,}|\\t");

	private final HeaderFields fields;

	private final UnitDirectory units;

	private final Map<String, CellView> header = new LinkedHashMap<>();

	private final List<Block.Cell> unused = new ArrayList<>();

	private String title;

	private MeasureUnit unit;

	private Optional<String> unitCode = Optional.empty();

	private Block.Cell unitName;

	public TableMetadata(Map<String, List<String>> fieldWords, UnitDirectory units) {
		this.fields = new HeaderFields(fieldWords);
		this.units = units;
	}

	/** Reads the caption lines above a table. */
	public void readCaptions(List<Block.Paragraph> captions) {
		for (Block.Paragraph caption : captions) {
			String line = Text.clean(Text.withoutFieldCode(caption.text()));
			List<String> segments = List.of(SEGMENTS.split(line));
			boolean used = false;
			for (String segment : segments) {
				used |= readStatement(segment, caption.line());
			}
			if (!used && fields.isGroup(line)) {
				continue;
			}
			if (!used && title == null) {
				title = line;
			}
			else if (!used) {
				unused.add(new Block.Cell(caption.line(), line));
			}
		}
	}

	/** Reads the rows above the column headers. */
	public void readRows(List<Block.Row> rows) {
		for (int r = 0; r < rows.size(); r++) {
			List<Block.Cell> cells = rows.get(r).cells().stream().filter(c -> !c.isBlank()).toList();
			if (labelsOverValues(rows, r)) {
				r++;
				continue;
			}
			for (int c = 0; c < cells.size(); c++) {
				Block.Cell cell = cells.get(c);
				Optional<String> field = fields.field(cell.text());
				if (field.isPresent() && c + 1 < cells.size() && fields.field(cells.get(c + 1).text()).isEmpty()) {
					header.put(field.get(), HeaderFields.value(cells.get(++c)));
				}
				else if (!readStatement(Text.clean(cell.text()), cell.line()) && !fields.isGroup(cell.text())) {
					leftover(cell, cells.size() == 1);
				}
			}
		}
	}

	private void leftover(Block.Cell cell, boolean alone) {
		if (alone && title == null && !Text.isMask(cell.text())) {
			title = Text.clean(cell.text());
		}
		else {
			unused.add(cell);
		}
	}

	// 资金支出计划 | 3月底 | 6月底 … over | 25% | 50% …: values sit under their labels.
	private boolean labelsOverValues(List<Block.Row> rows, int r) {
		List<Block.Cell> labels = rows.get(r).cells();
		long named = labels.stream().filter(c -> fields.field(c.text()).isPresent()).count();
		boolean valuesBelow = r + 1 < rows.size() && rows.get(r + 1).cells().size() == labels.size()
				&& rows.get(r + 1).cells().stream().allMatch(c -> c.isBlank() || fields.field(c.text()).isEmpty());
		if (named < 2 || !valuesBelow || labels.stream()
			.anyMatch(c -> !c.isBlank() && fields.field(c.text()).isEmpty() && labels.indexOf(c) > 0)) {
			return false;
		}
		for (int c = 0; c < labels.size(); c++) {
			Optional<String> field = fields.field(labels.get(c).text());
			Block.Cell value = rows.get(r + 1).cells().get(c);
			if (field.isPresent() && !value.isBlank()) {
				header.put(field.get(), HeaderFields.value(value));
			}
		}
		return true;
	}

	// A unit of measure, the unit the table belongs to, or "label：value" of a header
	// field.
	private boolean readStatement(String text, int line) {
		if (text.isEmpty()) {
			return true;
		}
		Matcher measure = MEASURE.matcher(text);
		if (measure.find() && Text.compact(text).length() <= 12) {
			unit = MeasureUnit.parse(firstNonNull(measure.group(1), measure.group(2), measure.group(3)));
			return true;
		}
		if (UnitDirectory.namesUnit(text)) {
			unitCode = units.resolve(text);
			unitName = new Block.Cell(line, text);
			return true;
		}
		String statement = withoutOfWhich(text);
		String label = Outline.label(statement);
		Optional<String> field = fields.field(label);
		String rest = Outline.afterLabel(statement);
		if (field.isPresent() && !rest.isEmpty() && !label.equals(Numbering.strip(statement))) {
			header.put(field.get(), HeaderFields.value(new Block.Cell(0, rest)));
			return true;
		}
		return false;
	}

	/** 其中：财政资金：110.5万元 states 财政资金: the 其中 says where it belongs, not what it is. */
	static String withoutOfWhich(String text) {
		return OF_WHICH.matcher(text).replaceFirst("");
	}

	private static String firstNonNull(String... values) {
		for (String v : values) {
			if (v != null) {
				return v;
			}
		}
		return null;
	}

	public String title() {
		return title;
	}

	public MeasureUnit unit() {
		return unit;
	}

	public Optional<String> unitCode() {
		return unitCode;
	}

	/** How the source named the table's unit, or null. */
	public Block.Cell unitName() {
		return unitName;
	}

	public Map<String, CellView> header() {
		return header;
	}

	/** Captions and cells that said nothing the table could hold. */
	public List<Block.Cell> unused() {
		return unused;
	}

}
