package cn.budget.disclosure;

/** Builds a part's content for {@link Disclosures}. */
final class PartBuilder {

	private final PartContent part;

	PartBuilder(String key) {
		this.part = new PartContent(key);
	}

	PartBuilder field(String key, String value) {
		part.getFields().put(key, CellContent.of(value));
		return this;
	}

	PartBuilder table(TableBuilder table) {
		part.getTables().add(table.table);
		return this;
	}

	PartContent build() {
		return part;
	}

}
