package cn.budget.disclosure;

import cn.budget.content.DisclosureState;
import cn.budget.content.DisclosureContent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A whole disclosure as the API and the other features read it: who and what it is, its
 * version and state, and every part with its text and tables.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class DisclosureDocument {

	private Long id;

	private String departmentCode;

	private String departmentName;

	private int fiscalYear;

	private String template;

	private Long templateId;

	private String title;

	private String unitOfMeasure;

	private long version;

	private DisclosureState state;

	private Long roundId;

	private java.time.LocalDate approvalDate;

	private java.time.LocalDate publicationDue;

	private Instant updatedAt;

	private String updatedBy;

	private List<PartContent> parts = new ArrayList<>();

	public DisclosureDocument() {
	}

	static DisclosureDocument of(Disclosure d, String departmentName, List<PartContent> parts) {
		DisclosureDocument doc = new DisclosureDocument();
		doc.id = d.getId();
		doc.departmentCode = d.getDepartmentCode();
		doc.departmentName = departmentName;
		doc.fiscalYear = d.getFiscalYear();
		doc.template = d.getTemplateCode();
		doc.templateId = d.getTemplateId();
		doc.title = d.getTitle();
		doc.unitOfMeasure = d.getUnitOfMeasure().label();
		doc.version = d.getVersion();
		doc.state = d.getState();
		doc.roundId = d.getSchedule().roundId();
		doc.approvalDate = d.getSchedule().approvalDate();
		doc.publicationDue = d.getSchedule().publicationDue();
		doc.updatedAt = d.getStamps().updatedAt();
		doc.updatedBy = d.getStamps().updatedBy();
		doc.parts = parts;
		return doc;
	}

	// Back from a read view (the API's answer to an import): every field as read.
	void describe(DisclosureContent view) {
		id = view.id();
		departmentCode = view.departmentCode();
		departmentName = view.departmentName();
		fiscalYear = view.fiscalYear();
		template = view.template();
		templateId = view.templateId();
		title = view.title();
		unitOfMeasure = view.unit() == null ? null : view.unit().label();
		version = view.version();
		state = view.state();
		roundId = view.roundId();
		approvalDate = view.approvalDate();
		publicationDue = view.publicationDue();
		updatedAt = view.updatedAt();
		updatedBy = view.updatedBy();
	}

	/**
	 * The document as an immutable view with typed units, as the other features read it.
	 */
	public DisclosureContent view() {
		return ContentViews.of(this);
	}

	public Optional<PartContent> part(String key) {
		return parts.stream().filter(p -> key.equals(p.getKey())).findFirst();
	}

	public Long getId() {
		return id;
	}

	public String getDepartmentCode() {
		return departmentCode;
	}

	public String getDepartmentName() {
		return departmentName;
	}

	public int getFiscalYear() {
		return fiscalYear;
	}

	public String getTemplate() {
		return template;
	}

	public Long getTemplateId() {
		return templateId;
	}

	public String getTitle() {
		return title;
	}

	public String getUnitOfMeasure() {
		return unitOfMeasure;
	}

	public long getVersion() {
		return version;
	}

	public DisclosureState getState() {
		return state;
	}

	public Long getRoundId() {
		return roundId;
	}

	public java.time.LocalDate getApprovalDate() {
		return approvalDate;
	}

	/** The last day to publish on, or null outside a round. */
	public java.time.LocalDate getPublicationDue() {
		return publicationDue;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public List<PartContent> getParts() {
		return parts;
	}

	public void setParts(List<PartContent> parts) {
		this.parts = parts;
	}

}
