package cn.budget.checks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.budget.content.CellView;

/**
 * The procurement tables: each line's quantity × unit price = amount and amount = its
 * funding sources; subtotals (小计) = their lines, whether the subtotal row comes before
 * its lines or after them; the total (合计) = the subtotals, or the lines when there are
 * none; and the part's stated procurement total = the tables' totals.
 */
final class ProcurementSums implements Check {

	static final RuleSpec LINE = RuleSpec.error("procurement.line-amount");

	static final RuleSpec FUNDING = RuleSpec.error("procurement.funding");

	static final RuleSpec SUMS = RuleSpec.error("sum.procurement");

	private static final List<String> FUNDS = List.of("fund_general", "fund_government", "fund_state_capital",
			"fund_special", "fund_other", "other_channels");

	@Override
	public List<RuleSpec> rules() {
		return List.of(LINE, FUNDING, SUMS);
	}

	@Override
	public void run(Inspection in) {
		List<Figure> tableTotals = new ArrayList<>();
		for (Sheet sheet : in.sheets("procurement_items")) {
			for (Sheet.Line line : sheet.lines()) {
				String role = line.row().role();
				if (role == null || "DATA".equals(role)) {
					checkLine(in, sheet, line);
				}
			}
			tableTotals.add(checkTotals(in, sheet));
		}
		Figure stated = in.fieldFigure("procurement", "procurement_total");
		Arithmetic.sum(in, SUMS, stated, tableTotals);
	}

	private static void checkLine(Inspection in, Sheet sheet, Sheet.Line line) {
		Figure amount = sheet.figure(line, "amount");
		Figure quantity = sheet.figure(line, "quantity");
		Figure price = sheet.figure(line, "unit_price");
		if (amount.known() && quantity.known() && price.known()) {
			BigDecimal product = quantity.value().multiply(price.in(amount.unit()));
			Arithmetic.compare(in, LINE, amount, product, Math.min(amount.scale(), price.scale()),
					CellView.formatNumber(quantity.value()), price.formatted());
		}
		List<Figure> funds = FUNDS.stream().map(f -> sheet.figure(line, f)).toList();
		Arithmetic.sum(in, FUNDING, amount, funds);
	}

	/**
	 * Checks subtotals and the total of one table and returns the figure the table adds
	 * up to: its total row, else its subtotals, else its lines.
	 */
	private static Figure checkTotals(Inspection in, Sheet sheet) {
		Subtotals subtotals = new Subtotals(in);
		List<Figure> lines = new ArrayList<>();
		Figure total = null;
		for (Sheet.Line line : sheet.lines()) {
			Figure amount = sheet.figure(line, "amount");
			String role = line.row().role() == null ? "DATA" : line.row().role();
			switch (role) {
				case "TOTAL" -> total = total == null ? amount : total;
				case "SUBTOTAL" -> subtotals.subtotal(amount);
				case "DATA" -> {
					subtotals.line(amount);
					lines.add(amount);
				}
				default -> {
					// Headings group lines without a figure of their own.
				}
			}
		}
		subtotals.close();
		List<Figure> parts = subtotals.figures.isEmpty() ? lines : subtotals.figures;
		if (total != null) {
			Arithmetic.sum(in, SUMS, total, parts);
			return total;
		}
		return sumOf(sheet, parts);
	}

	/**
	 * Subtotals and the lines each covers. A subtotal row before its lines opens a group;
	 * one after lines that no subtotal covers yet closes them.
	 */
	private static final class Subtotals {

		private final Inspection in;

		private final List<Figure> figures = new ArrayList<>();

		private List<Figure> pending = new ArrayList<>();

		private Figure open;

		Subtotals(Inspection in) {
			this.in = in;
		}

		void line(Figure amount) {
			pending.add(amount);
		}

		void subtotal(Figure amount) {
			figures.add(amount);
			if (open == null && !pending.isEmpty()) {
				Arithmetic.sum(in, SUMS, amount, pending);
			}
			else {
				close();
				open = amount;
			}
			pending = new ArrayList<>();
		}

		void close() {
			if (open != null) {
				Arithmetic.sum(in, SUMS, open, pending);
			}
		}

	}

	private static Figure sumOf(Sheet sheet, List<Figure> parts) {
		if (parts.isEmpty() || parts.stream().anyMatch(Figure::masked)) {
			return new Figure(null, sheet.unit(), 0, parts.stream().anyMatch(Figure::masked), sheet.tableLocation());
		}
		BigDecimal sum = parts.stream()
			.filter(Figure::known)
			.map(p -> p.in(sheet.unit()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		int scale = parts.stream().filter(Figure::known).mapToInt(Figure::scale).min().orElse(2);
		return new Figure(sum, sheet.unit(), scale, false, sheet.tableLocation());
	}

}
