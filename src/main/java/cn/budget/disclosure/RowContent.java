package cn.budget.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A table row as typed and as sent over the API. {@code id} is null for a new row;
 * {@code key} names a fixed row; {@code position} orders rows moved in the browser.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RowContent {

	private Long id;

	private String key;

	private int level;

	private String role;

	private Integer position;

	private Map<String, CellContent> cells = new LinkedHashMap<>();

	public RowContent() {
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key == null || key.isBlank() ? null : key;
	}

	public int getLevel() {
		return level;
	}

	public void setLevel(int level) {
		this.level = level;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role == null || role.isBlank() ? null : role;
	}

	@JsonIgnore
	public Integer getPosition() {
		return position;
	}

	public void setPosition(Integer position) {
		this.position = position;
	}

	public Map<String, CellContent> getCells() {
		return cells;
	}

	public void setCells(Map<String, CellContent> cells) {
		this.cells = cells == null ? new LinkedHashMap<>() : cells;
	}

	/** The cell of a column, never null. */
	public CellContent cell(String column) {
		return cells.computeIfAbsent(column, k -> new CellContent());
	}

	/** The trimmed text of a column, or null. */
	public String text(String column) {
		CellContent cell = cells.get(column);
		return cell == null ? null : cell.trimmed();
	}

	@JsonIgnore
	public boolean isBlank() {
		return cells.values().stream().allMatch(c -> c == null || c.isBlank());
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof RowContent other && Objects.equals(key, other.key) && level == other.level
				&& Objects.equals(roleOrData(), other.roleOrData())
				&& Objects.equals(nonBlank(cells), nonBlank(other.cells));
	}

	@Override
	public int hashCode() {
		return Objects.hash(key, level, nonBlank(cells));
	}

	private String roleOrData() {
		return role == null ? "DATA" : role;
	}

	static Map<String, CellContent> nonBlank(Map<String, CellContent> cells) {
		Map<String, CellContent> result = new java.util.TreeMap<>();
		cells.forEach((k, v) -> {
			if (v != null && !v.isBlank()) {
				result.put(k, v);
			}
		});
		return result;
	}

}
