package cn.budget.checks;

import cn.budget.content.ContentAddress;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.content.CellView;
import cn.budget.content.MeasureUnit;
import cn.budget.content.PartView;

/**
 * What the text states, checked against itself where no table states it: a total equals
 * the parts it lists, the stated component changes add up to the stated change, and a
 * component said to go one way is not explained later as going the other ("项目经费减少881.78万元
 * … 项目经费增加主要原因是"). Where the part's table states the changes (上年 or 增减 column), the table
 * rules check them and the text is compared with the table (text.figure) — values an
 * import read from this very text do not count as the table stating them; a listing whose
 * two figures a table rule already reports at the same part is not reported twice.
 */
final class StatedFigures implements Check {

	static final RuleSpec LISTED_PARTS = RuleSpec.error("text.listed-parts");

	static final RuleSpec CHANGE_COMPONENTS = RuleSpec.error("text.change-components");

	private static final List<String> CHANGE_COLUMNS = List.of("previous", "change");

	private static final Pattern TOTAL_THEN_REASON = Pattern.compile("(?:比|较|与)(?:上年|去年|上一年|\\d{4}年)"
			+ "[^，,。；;\\d]{0,10}?(增加|减少|增长|下降|上升|降低)[\\d.,]*万?元?[^。；;，,]{0,6}?[，,]\\s*(?:主要)?"
			+ "(增加|减少|增长|下降|上升|降低)的?原因");

	@Override
	public List<RuleSpec> rules() {
		return List.of(LISTED_PARTS, CHANGE_COMPONENTS, TextAgainstTable.DIRECTION);
	}

	@Override
	public void run(Inspection in) {
		for (PartView part : in.document().parts()) {
			boolean tableStatesChanges = statesChanges(part);
			for (Map.Entry<String, CellView> field : part.fields().entrySet()) {
				String text = Cells.text(field.getValue());
				if (text != null && TextAmounts.in(text).size() > 1) {
					check(in, text, ContentAddress.field(part.key(), field.getKey()), tableStatesChanges);
				}
			}
		}
	}

	private static void check(Inspection in, String text, ContentAddress at, boolean tableStatesChanges) {
		TextAmounts.Mention total = null;
		for (String paragraph : text.split("\n")) {
			for (String sentence : in.knowledge().patterns().sentences(paragraph)) {
				for (StatedListing listing : StatedListing.in(sentence)) {
					listing(in, listing, at);
					total = listing.total();
				}
			}
			for (StatedChange change : tableStatesChanges ? List.<StatedChange>of()
					: StatedChange.in(paragraph, total)) {
				change(in, change, at);
				direction(in, change, new Prose(paragraph).text(), at);
			}
			reasonAfterTotal(in, new Prose(paragraph).text(), at);
		}
	}

	/**
	 * "比去年减少7.37万元，增加原因是…": the reason right after a change against last year explains a
	 * change the other way. Whatever the tables say, the sentence contradicts itself.
	 */
	private static void reasonAfterTotal(Inspection in, String paragraph, ContentAddress at) {
		Matcher m = TOTAL_THEN_REASON.matcher(paragraph);
		while (m.find()) {
			if (StatedChange.sign(m.group(1)) != StatedChange.sign(m.group(2))) {
				in.reportVariant(TextAgainstTable.DIRECTION, "total", at, m.group(1), m.group(2), m.group(1),
						m.group(2), Prose.quote(m.group()));
			}
		}
	}

	private static void listing(Inspection in, StatedListing listing, ContentAddress at) {
		MeasureUnit unit = listing.total().unit();
		BigDecimal difference = listing.total().value().subtract(listing.sum());
		if (differs(unit.convert(difference, MeasureUnit.WAN_YUAN))) {
			String expected = Figure.format(listing.sum(), unit);
			String actual = Figure.format(listing.total().value(), unit);
			boolean reported = in.findings()
				.stream()
				.anyMatch(
						f -> f.part().equals(at.part()) && expected.equals(f.expected()) && actual.equals(f.actual()));
			if (!reported) {
				in.report(LISTED_PARTS, at, expected, actual, Prose.quote(listing.sentence()), expected, actual,
						Figure.format(difference.abs(), unit));
			}
		}
	}

	private static void change(Inspection in, StatedChange change, ContentAddress at) {
		BigDecimal difference = change.change().subtract(change.sum());
		if (differs(difference)) {
			String expected = Figure.format(change.sum(), MeasureUnit.WAN_YUAN);
			String actual = Figure.format(change.change(), MeasureUnit.WAN_YUAN);
			in.report(CHANGE_COMPONENTS, at, expected, actual, Prose.quote(change.sentence()), expected, actual,
					Figure.format(difference.abs(), MeasureUnit.WAN_YUAN));
		}
	}

	/** A component said to change one way and explained later as changing the other. */
	private static void direction(Inspection in, StatedChange change, String paragraph, ContentAddress at) {
		String after = paragraph.substring(Math.min(change.end(), paragraph.length()));
		for (StatedChange.Component component : change.components()) {
			if (component.label() == null || component.change().signum() == 0) {
				continue;
			}
			Matcher m = Pattern
				.compile(Pattern.quote(component.label()) + "[^，,。；;\\d]{0,4}?(增加|减少|增长|下降|上升|降低)[^，,。；;\\d]{0,6}?原因是?")
				.matcher(after);
			if (m.find() && StatedChange.sign(m.group(1)) != component.change().signum()) {
				String expected = Figure.format(component.change(), MeasureUnit.WAN_YUAN);
				in.reportVariant(TextAgainstTable.DIRECTION, "statement", at, expected, m.group(), component.label(),
						expected, m.group());
			}
		}
	}

	private static boolean differs(BigDecimal differenceInWan) {
		return differenceInWan.abs().compareTo(Mentions.TOLERANCE) > 0;
	}

	private static boolean statesChanges(PartView part) {
		return part.tables()
			.stream()
			.flatMap(t -> t.rows().stream())
			.anyMatch(
					r -> CHANGE_COLUMNS.stream().anyMatch(c -> r.text(c) != null && !Cells.fromText(r.cells().get(c))));
	}

}
