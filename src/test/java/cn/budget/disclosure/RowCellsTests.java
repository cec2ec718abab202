package cn.budget.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.budget.content.CellSource;
import cn.budget.template.RowRole;
import org.junit.jupiter.api.Test;

/**
 * A row's cells in their stored form ({@link RowCells}): every field of a value comes
 * back, amounts exactly as the {@code numeric(24, 6)} column gave them, and the same
 * cells always give the same text (what Hibernate's dirty check compares).
 */
class RowCellsTests {

	@Test
	void everyFieldOfAValueComesBack() {
		Map<String, CellValue> cells = new LinkedHashMap<>();
		cells.put("name", new CellValue("办公设备 \"A\"\n", null, null, null, false).withSource(CellSource.TYPED));
		cells.put("amount", new CellValue("1,234.50", new BigDecimal("1234.50"), "≥", "万元", true)
			.withSource(CellSource.text("采购预算1,234.50万元。", 12)));
		cells.put("code", new CellValue("301", null, null, null, false).withSource(CellSource.table(3)));
		cells.put("legacy", new CellValue("旧值", null, null, null, false));

		Map<String, CellValue> read = RowCells.decode(RowCells.encode(cells));

		assertThat(read).containsOnlyKeys("amount", "code", "legacy", "name");
		cells.forEach((key, value) -> {
			assertThat(read.get(key)).as(key).isEqualTo(value);
			assertThat(read.get(key).getSource()).as(key).isEqualTo(value.getSource());
		});
		assertThat(read.get("amount").getAmount()).isEqualTo(new BigDecimal("1234.500000"));
		assertThat(read.get("amount").isConfidential()).isTrue();
		assertThat(read.get("legacy").getSource()).isNull();
	}

	@Test
	void amountsComeBackExactlyWithTheColumnsScale() {
		for (String amount : new String[] { "999999999999999.999999", "0.000001", "-12.5", "0", "1E+3", "7.10" }) {
			Map<String, CellValue> cells = Map.of("a",
					new CellValue(amount, new BigDecimal(amount), null, null, false));
			BigDecimal read = RowCells.decode(RowCells.encode(cells)).get("a").getAmount();
			assertThat(read).as(amount).isEqualTo(new BigDecimal(amount).setScale(6));
			assertThat(read.toPlainString()).as(amount).isEqualTo(new BigDecimal(amount).setScale(6).toPlainString());
		}
	}

	@Test
	void theSameCellsGiveTheSameTextInAnyOrderAndNoCellsNone() {
		CellValue a = new CellValue("1", BigDecimal.ONE, null, null, false);
		CellValue b = new CellValue("x", null, null, null, false);
		Map<String, CellValue> one = new LinkedHashMap<>();
		one.put("a", a);
		one.put("b", b);
		Map<String, CellValue> other = new LinkedHashMap<>();
		other.put("b", b);
		other.put("a", new CellValue("1", new BigDecimal("1.000000"), null, null, false));
		assertThat(RowCells.encode(one)).isEqualTo(RowCells.encode(other))
			.isEqualTo("{\"a\":[\"1\",\"1\"],\"b\":[\"x\"]}");
		assertThat(RowCells.encode(Map.of())).isNull();
		assertThat(RowCells.decode(null)).isEmpty();
	}

	@Test
	void aRowsStoredTextChangesWithItsProvenanceAndNotWithoutAChange() {
		TableRow row = new TableRow(null, 0, RowRole.DATA);
		CellValue typed = new CellValue("12", new BigDecimal("12"), null, "万元", false).withSource(CellSource.TYPED);
		row.setCells(Map.of("amount", typed, "empty", new CellValue(" ", null, null, null, false)));
		String stored = row.storedCells();
		assertThat(row.getCells()).containsOnlyKeys("amount");

		row.setCell("amount", typed);
		assertThat(row.storedCells()).isEqualTo(stored);

		row.setCell("amount", typed.withSource(CellSource.table(4)));
		assertThat(row.storedCells()).isNotEqualTo(stored);
		assertThat(row.getCells().get("amount").getSource()).isEqualTo(CellSource.table(4));

		row.setCell("amount", null);
		assertThat(row.storedCells()).isNull();
		assertThat(row.getCells()).isEmpty();
	}

	/**
	 * The stored text is a persistent format: rows written by this version are read by
	 * every later one, so each field's place in a cell's array is pinned here, written
	 * and read. Change it only with a migration of the stored rows.
	 */
	@Test
	void theStoredFormIsPinned() {
		String stored = "{\"amount\":[\"1,234.50\",\"1234.5\",\"万元\",\"TEXT\",12,\"≥\",1,\"采购预算1,234.50万元。\"],"
				+ "\"code\":[\"301\",null,null,\"TABLE\",3],\"name\":[\"办公设备\",null,null,\"TYPED\"],\"note\":[\"旧值\"]}";
		Map<String, CellValue> cells = new LinkedHashMap<>();
		cells.put("amount", new CellValue("1,234.50", new BigDecimal("1234.50"), "≥", "万元", true)
			.withSource(CellSource.text("采购预算1,234.50万元。", 12)));
		cells.put("code", new CellValue("301", null, null, null, false).withSource(CellSource.table(3)));
		cells.put("name", new CellValue("办公设备", null, null, null, false).withSource(CellSource.TYPED));
		cells.put("note", new CellValue("旧值", null, null, null, false));

		assertThat(RowCells.encode(cells)).isEqualTo(stored);
		Map<String, CellValue> read = RowCells.decode(stored);
		cells.forEach((key, value) -> {
			assertThat(read.get(key)).as(key).isEqualTo(value);
			assertThat(read.get(key).getSource()).as(key).isEqualTo(value.getSource());
		});
	}

}
