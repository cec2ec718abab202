package cn.budget.content;

import java.util.regex.Pattern;

import cn.budget.shared.DomainException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One place in a disclosure's content: a part, and within it a part field, a table, a
 * table's header field, a row or a cell. Every feature names a place with this one type
 * and its one text form (API, pages, comments, findings, blackline, import vocabulary).
 * <p>
 * A table or row is named by a {@link Ref}: its position (the editor's and the checks'
 * view, valid for one state of the content), its stored id (survives reordering; what
 * comments and the blackline use) or its template key (tables: key and occurrence; fixed
 * rows: their key; what the import vocabulary uses). A new, unsaved row has only a
 * position.
 * <p>
 * Text form: segments separated by {@code :}, the part key first, then tagged segments:
 * <pre>
 * overview                                             the part
 * overview:field:overview_text                         a part field
 * overview:table:0                                     the part's first table (position)
 * overview:table:~12                                   the table stored with id 12
 * performance:table:project_performance.1              the second table of that template key
 * overview:table:0:field:note                          a header field of a table
 * overview:table:0:row:3                               a row (position 3, from 0)
 * overview:table:budget_overview:row:revenue_total:column:current   a cell
 * </pre> A reference is digits for a position, {@code ~} and digits for a stored id, or a
 * key with an optional {@code .n} occurrence. Keys are letters, digits, {@code _} and
 * {@code -}, so the text is safe in an HTML id or attribute and in a URL's path segment
 * or query; {@link #parse(String)} reads exactly what {@link #toString()} writes.
 *
 * @param part the part's key, never null
 * @param table the table, or null for the part itself or a part field
 * @param row the row (needs a table), or null
 * @param column the column of a cell (needs a row), or null
 * @param field a part field (no table) or a table's header field (no row), or null
 */
public record ContentAddress(String part, Ref table, Ref row, String column, String field) {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");

	private static final Pattern KEY_REF = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

	public ContentAddress {
		requireKey(part, "part");
		if ((row != null && table == null) || (column != null && row == null) || (field != null && row != null)) {
			throw new MalformedAddressException(part + ": a row needs a table, a column a row; a row has no fields");
		}
		if (column != null || field != null) {
			requireKey(column != null ? column : field, column != null ? "column" : "field");
		}
	}

	/** A whole part. */
	public static ContentAddress part(String part) {
		return new ContentAddress(part, null, null, null, null);
	}

	/** A field of a part (not of a table). */
	public static ContentAddress field(String part, String field) {
		return new ContentAddress(part, null, null, null, field);
	}

	/** A table. */
	public static ContentAddress table(String part, Ref table) {
		return new ContentAddress(part, table, null, null, null);
	}

	/** A table's header field. */
	public static ContentAddress header(String part, Ref table, String field) {
		return new ContentAddress(part, table, null, null, field);
	}

	/** A row of a table. */
	public static ContentAddress row(String part, Ref table, Ref row) {
		return new ContentAddress(part, table, row, null, null);
	}

	/** A cell: a row's column. */
	public static ContentAddress cell(String part, Ref table, Ref row, String column) {
		return new ContentAddress(part, table, row, column, null);
	}

	/** The same place's row, table or part: one level up (the part stays the part). */
	public ContentAddress parent() {
		if (column != null || field != null) {
			return new ContentAddress(part, table, row, null, null);
		}
		return row != null ? table(part, table) : part(part);
	}

	/**
	 * The id of the drafting page's element for this place ({@code f-key},
	 * {@code table-0}, {@code h-0-key}, {@code c-0-3-key}): the page shows one part, so
	 * the part is left out; null for a whole part, a row, or a table or row not named by
	 * its position.
	 */
	public String elementId() {
		if (table == null) {
			return field == null ? null : ElementIds.field(field);
		}
		if (table.position() == null) {
			return null;
		}
		if (row == null) {
			return field == null ? ElementIds.table(table.position()) : ElementIds.header(table.position(), field);
		}
		return row.position() == null || column == null ? null
				: ElementIds.cell(table.position(), row.position(), column);
	}

	@Override
	@JsonValue
	public String toString() {
		return AddressText.write(this);
	}

	/**
	 * Reads the text form ({@link ContentAddress see above}).
	 * @throws MalformedAddressException if the text is not an address (a 422 when it came
	 * with a request)
	 */
	@JsonCreator
	public static ContentAddress parse(String text) {
		return AddressText.parse(text);
	}

	private static void requireKey(String key, String what) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new MalformedAddressException(what + " " + key);
		}
	}

	/**
	 * A table or a row: by position (from 0), by stored id, or by template key (tables:
	 * the {@code occurrence}-th table of that key, from 0; fixed rows: their key).
	 * Exactly one of position, id and key is set.
	 */
	public record Ref(Integer position, Long id, String key, int occurrence) {

		public Ref {
			int set = (position != null ? 1 : 0) + (id != null ? 1 : 0) + (key != null ? 1 : 0);
			if (set != 1 || occurrence < 0 || (position != null && position < 0)
					|| (key != null && !KEY_REF.matcher(key).matches())) {
				throw new MalformedAddressException("reference " + position + "/" + id + "/" + key);
			}
		}

		public static Ref at(int position) {
			return new Ref(position, null, null, 0);
		}

		public static Ref id(long id) {
			return new Ref(null, id, null, 0);
		}

		public static Ref key(String key) {
			return new Ref(null, null, key, 0);
		}

		public static Ref key(String key, int occurrence) {
			return new Ref(null, null, key, occurrence);
		}

		@Override
		public String toString() {
			if (position != null) {
				return position.toString();
			}
			if (id != null) {
				return "~" + id;
			}
			return occurrence == 0 ? key : key + "." + occurrence;
		}

	}

	/** Text that is not an address, or parts that do not make one. */
	public static class MalformedAddressException extends DomainException {

		public MalformedAddressException(String text) {
			super(Kind.INVALID, "error.address", "Not a content address: " + text, text);
		}

	}

}
