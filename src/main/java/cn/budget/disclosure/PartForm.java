package cn.budget.disclosure;

/**
 * The drafting page's form for one part: the part's content and the version it was read
 * at.
 */
public class PartForm extends PartContent {

	private Long version;

	public PartForm() {
	}

	static PartForm of(PartContent content, long version) {
		PartForm form = new PartForm();
		form.setKey(content.getKey());
		form.setFields(content.getFields());
		form.setTables(new java.util.ArrayList<>(content.getTables()));
		form.version = version;
		return form;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
