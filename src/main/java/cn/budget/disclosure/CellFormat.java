package cn.budget.disclosure;

import cn.budget.content.CellView;
import cn.budget.template.ColumnDefinition;
import org.springframework.stereotype.Component;

/**
 * The drafting pages' way to render a stored value for reading ({@code @cellFormat} in
 * the editor's templates): as {@link CellView#display} renders it, confidential values
 * shown to staff.
 */
@Component("cellFormat")
public class CellFormat {

	/** The value for readers who may see confidential values. */
	public String staff(CellContent cell, ColumnDefinition column) {
		return cell == null ? "" : view(cell).display(column);
	}

	/** The value of a read view for readers who may see confidential values. */
	public String staff(CellView cell, ColumnDefinition column) {
		return cell == null ? "" : cell.display(column);
	}

	private static CellView view(CellContent cell) {
		return new CellView(cell.getValue(), cell.isConfidential(), cell.getAmount(), cell.getComparator(),
				cell.getUnit(), cell.getSource());
	}

}
