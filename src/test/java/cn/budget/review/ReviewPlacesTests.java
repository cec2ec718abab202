package cn.budget.review;

import java.util.List;

import cn.budget.content.ContentChange;
import cn.budget.content.ContentChange.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewPlacesTests {

	@Test
	void commentsHangOnTheirRowElseTheirPartElseTheDocument() {
		CommentView onRow = comment(new CommentAnchor("procurement", 7L, 42L, "采购表 › #1"));
		CommentView onTable = comment(new CommentAnchor("procurement", 7L, null, "采购表"));
		CommentView onPart = comment(new CommentAnchor("procurement", null, null, null));
		CommentView onDocument = comment(new CommentAnchor(null, null, null, null));
		CommentThreads threads = new CommentThreads(List.of(onRow, onTable, onPart, onDocument));
		assertThat(threads.row("procurement", 7L, 42L)).containsExactly(onRow);
		assertThat(threads.part("procurement")).containsExactly(onTable, onPart);
		assertThat(threads.document()).containsExactly(onDocument);
		assertThat(threads.row("procurement", 7L, 43L)).isNull();
		assertThat(onRow.anchor().address()).hasToString("procurement:table:~7:row:~42");
	}

	@Test
	void anchorsThatNameNoPlaceAreRefused() {
		assertThatThrownBy(() -> new CommentAnchor("procurement", null, 42L, null))
			.isInstanceOf(CommentRefusedException.class);
		assertThatThrownBy(() -> new CommentAnchor(null, 7L, null, null)).isInstanceOf(CommentRefusedException.class);
		assertThatThrownBy(() -> new CommentAnchor("no such part", null, null, null))
			.isInstanceOf(CommentRefusedException.class);
	}

	@Test
	void theBlacklineMarksChangedCellsFieldsHeadersAndAddedRowsAndTables() {
		ContentChange cell = change(Kind.CELL, 7L, 42L, "amount");
		ContentChange field = new ContentChange("overview", Kind.FIELD, null, null, null, null, null, null,
				"overview_text", "正文", "a", "b");
		ContentChange header = change(Kind.HEADER, 7L, null, "note");
		ContentChange row = change(Kind.ROW_ADDED, 7L, 43L, null);
		ContentChange table = change(Kind.TABLE_ADDED, 8L, null, null);
		ContentChange property = change(Kind.TABLE_PROPERTY, 9L, null, "title");
		ChangeMarks marks = new ChangeMarks(List.of(cell, field, header, row, table, property));
		assertThat(cell.address()).hasToString("procurement:table:~7:row:~42:column:amount");
		assertThat(marks.cell("procurement", 7L, 42L, "amount")).isSameAs(cell);
		assertThat(marks.cell("procurement", 7L, 42L, "name")).isNull();
		assertThat(marks.field("overview", "overview_text")).isSameAs(field);
		assertThat(marks.header("procurement", 7L, "note")).isSameAs(header);
		assertThat(marks.rowAdded("procurement", 7L, 43L)).isTrue();
		assertThat(marks.rowAdded("procurement", 7L, 42L)).isFalse();
		assertThat(marks.tableAdded("procurement", 8L)).isTrue();
		assertThat(marks.tableAdded("procurement", 9L)).isFalse();
	}

	private static ContentChange change(Kind kind, Long tableId, Long rowId, String field) {
		return new ContentChange("procurement", kind, tableId, 0, "采购表", rowId, rowId == null ? null : 0, null, field,
				null, "1", "2");
	}

	private static CommentView comment(CommentAnchor anchor) {
		return new CommentView(null, 1L, anchor, "请核对", "reviewer", "审核人", null, null, CommentStatus.OPEN, null, null);
	}

}
