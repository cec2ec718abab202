package cn.budget.disclosure;

import cn.budget.disclosure.content.CellView;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import cn.budget.disclosure.template.ColumnDefinition;
import cn.budget.disclosure.template.ValueType;
import org.springframework.stereotype.Component;

/**
 * Renders stored values for reading: amounts with thousands separators and at least two
 * decimals (more where the figure has them), percentages with a sign, everything else as
 * written. Confidential values are masked unless the reader is staff.
 */
@Component("cellFormat")
public class CellFormat {

	/** What a confidential value shows in published documents. */
	public static final String MASK = CellView.MASK;

	/** The value for readers who may see confidential values. */
	public String staff(CellContent cell, ColumnDefinition column) {
		return render(cell, column, false);
	}

	/** The value for the public: confidential values masked. */
	public String published(CellContent cell, ColumnDefinition column) {
		return render(cell, column, true);
	}

	/** The value of a read view for readers who may see confidential values. */
	public String staff(CellView cell, ColumnDefinition column) {
		return cell == null ? "" : render(cell.text(), cell.confidential(), cell.amount(), column, false);
	}

	/** The value of a read view for the public: confidential values masked. */
	public String published(CellView cell, ColumnDefinition column) {
		return cell == null ? "" : render(cell.text(), cell.confidential(), cell.amount(), column, true);
	}

	private String render(CellContent cell, ColumnDefinition column, boolean mask) {
		if (cell == null) {
			return "";
		}
		return render(cell.trimmed(), cell.isConfidential(), cell.getAmount(), column, mask);
	}

	private String render(String text, boolean confidential, BigDecimal amount, ColumnDefinition column, boolean mask) {
		if (confidential && (mask || text == null)) {
			return MASK;
		}
		if (text == null) {
			return "";
		}
		ValueType type = column == null ? ValueType.TEXT : column.type();
		if (amount != null && (type == ValueType.AMOUNT || type == ValueType.NUMBER)) {
			return type == ValueType.AMOUNT ? amount(amount) : number(amount);
		}
		if (amount != null && type == ValueType.PERCENT) {
			return number(amount) + "%";
		}
		return text;
	}

	/** 1234.5 becomes 1,234.50; 0.485 stays 0.485. */
	public static String amount(BigDecimal value) {
		BigDecimal v = value.stripTrailingZeros();
		int scale = Math.max(2, v.scale());
		return format(value.setScale(scale, RoundingMode.UNNECESSARY), scale);
	}

	/** A quantity with thousands separators and only the decimals it has. */
	public static String number(BigDecimal value) {
		BigDecimal v = value.stripTrailingZeros();
		int scale = Math.max(0, v.scale());
		return format(v.setScale(scale, RoundingMode.UNNECESSARY), scale);
	}

	private static String format(BigDecimal value, int scale) {
		DecimalFormat format = new DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale),
				DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setParseBigDecimal(true);
		return format.format(value);
	}

}
