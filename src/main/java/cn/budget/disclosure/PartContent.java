package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A part as typed and as sent over the API: its fields by key and its tables in order. On
 * the way out the part's numeral, title and whether it is filled are added.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class PartContent {

	private String key;

	@JsonProperty
	private String numeral;

	@JsonProperty
	private String title;

	@JsonProperty
	private Boolean filled;

	private Map<String, CellContent> fields = new LinkedHashMap<>();

	private List<TableContent> tables = new ArrayList<>();

	public PartContent() {
	}

	public PartContent(String key) {
		this.key = key;
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getNumeral() {
		return numeral;
	}

	public String getTitle() {
		return title;
	}

	public Boolean getFilled() {
		return filled;
	}

	void describe(String partNumeral, String partTitle, boolean isFilled) {
		this.numeral = partNumeral;
		this.title = partTitle;
		this.filled = isFilled;
	}

	public Map<String, CellContent> getFields() {
		return fields;
	}

	public void setFields(Map<String, CellContent> fields) {
		this.fields = fields == null ? new LinkedHashMap<>() : fields;
	}

	public List<TableContent> getTables() {
		return tables;
	}

	public void setTables(List<TableContent> tables) {
		this.tables = tables == null ? new ArrayList<>() : tables;
	}

	/** The field of a key, never null. */
	public CellContent field(String fieldKey) {
		return fields.computeIfAbsent(fieldKey, k -> new CellContent());
	}

	/** The tables of a definition, in order. */
	public List<TableContent> tables(String tableKey) {
		return tables.stream().filter(t -> t != null && tableKey.equals(t.getKey())).toList();
	}

}
