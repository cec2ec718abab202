package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;

/**
 * The content of one part of a disclosure: its fields (by key) and its tables in order.
 */
@Entity
public class Section {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "section_seq")
	@SequenceGenerator(name = "section_seq", sequenceName = "section_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Disclosure disclosure;

	@Column(nullable = false)
	private String partKey;

	private int ordinal;

	@ElementCollection
	@CollectionTable(name = "section_field", joinColumns = @JoinColumn(name = "section_id"))
	@MapKeyColumn(name = "field_key")
	private Map<String, CellValue> fields = new LinkedHashMap<>();

	@OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	private List<DataTable> tables = new ArrayList<>();

	protected Section() {
	}

	Section(Disclosure disclosure, String partKey, int ordinal) {
		this.disclosure = disclosure;
		this.partKey = partKey;
		this.ordinal = ordinal;
	}

	void setField(String key, CellValue value) {
		if (value == null || value.isEmpty()) {
			fields.remove(key);
		}
		else {
			fields.put(key, value);
		}
	}

	/** Replaces the tables by the given ones, in order; tables left out are deleted. */
	void replaceTables(List<DataTable> ordered) {
		tables.retainAll(ordered);
		for (int i = 0; i < ordered.size(); i++) {
			DataTable table = ordered.get(i);
			if (!tables.contains(table)) {
				tables.add(table);
			}
			table.attachTo(this, i);
		}
		tables.sort(java.util.Comparator.comparingInt(DataTable::getOrdinal));
	}

	public Long getId() {
		return id;
	}

	public Disclosure getDisclosure() {
		return disclosure;
	}

	public String getPartKey() {
		return partKey;
	}

	public int getOrdinal() {
		return ordinal;
	}

	public Map<String, CellValue> getFields() {
		return fields;
	}

	public List<DataTable> getTables() {
		return tables;
	}

}
