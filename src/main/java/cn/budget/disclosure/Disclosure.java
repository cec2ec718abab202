package cn.budget.disclosure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import cn.budget.disclosure.template.PartDefinition;
import cn.budget.disclosure.template.TemplateDefinition;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The disclosure of one department for one fiscal year, built from a template: one
 * section per part. Guards its lifecycle; the content is changed through
 * {@link DisclosureDrafting}.
 */
@Entity
public class Disclosure extends AbstractAggregateRoot<Disclosure> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_seq")
	@SequenceGenerator(name = "disclosure_seq", sequenceName = "disclosure_seq", allocationSize = 1)
	private Long id;

	private Long templateId;

	@Column(nullable = false)
	private String templateCode;

	@Column(nullable = false)
	private String departmentCode;

	private int fiscalYear;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeasureUnit unitOfMeasure;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DisclosureState state;

	@Version
	private long version;

	/**
	 * Counts saves: each save changes it, so the version moves on even when only rows
	 * changed.
	 */
	private long revision;

	private Long roundId;

	/**
	 * The date the finance bureau approved the budget (批复日期) its round's deadline runs
	 * from.
	 */
	private java.time.LocalDate approvalDate;

	/**
	 * The last day to publish on: of its round, or of its correction run while one is
	 * open.
	 */
	private java.time.LocalDate publicationDue;

	/** The submission (version number) the leader signed off; null until signed. */
	private Integer signedSubmission;

	private Instant createdAt;

	private String createdBy;

	private Instant updatedAt;

	private String updatedBy;

	@OneToMany(mappedBy = "disclosure", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	private List<Section> sections = new ArrayList<>();

	protected Disclosure() {
	}

	/**
	 * A new, empty draft with an empty section per part of the template.
	 */
	public static Disclosure draft(TemplateDefinition template, String departmentCode, int fiscalYear, String title,
			MeasureUnit unit, String createdBy, Instant now) {
		Disclosure disclosure = new Disclosure();
		disclosure.templateId = template.id();
		disclosure.templateCode = template.code();
		disclosure.departmentCode = departmentCode;
		disclosure.fiscalYear = fiscalYear;
		disclosure.title = title;
		disclosure.unitOfMeasure = unit;
		disclosure.state = DisclosureState.DRAFT;
		disclosure.createdAt = now;
		disclosure.createdBy = createdBy;
		disclosure.updatedAt = now;
		disclosure.updatedBy = createdBy;
		int ordinal = 0;
		for (PartDefinition part : template.parts()) {
			disclosure.sections.add(new Section(disclosure, part.key(), ordinal++));
		}
		return disclosure;
	}

	/**
	 * Records who changed the content and when; also moves the optimistic-lock version
	 * on.
	 */
	void touch(String username, Instant now) {
		this.updatedBy = username;
		this.updatedAt = now;
		this.revision++;
	}

	void retitle(String newTitle, MeasureUnit newUnit) {
		if (newTitle != null && !newTitle.isBlank()) {
			this.title = newTitle.trim();
		}
		if (newUnit != null) {
			this.unitOfMeasure = newUnit;
		}
	}

	/**
	 * Ensures content may change now.
	 * @throws IllegalDisclosureStateException when the disclosure is with the leader, in
	 * review, approved or published
	 */
	void assertEditable() {
		if (!state.isEditable()) {
			throw new IllegalDisclosureStateException(id, state, "edit");
		}
	}

	public Optional<Section> section(String partKey) {
		return sections.stream().filter(s -> s.getPartKey().equals(partKey)).findFirst();
	}

	void assignRound(Long round, java.time.LocalDate approved, java.time.LocalDate due) {
		this.roundId = round;
		this.approvalDate = approved;
		this.publicationDue = due;
	}

	public java.time.LocalDate getApprovalDate() {
		return approvalDate;
	}

	public java.time.LocalDate getPublicationDue() {
		return publicationDue;
	}

	/**
	 * Submits the drafted content: to the leader for sign-off, or straight to review when
	 * the leader has signed exactly this content already.
	 * @throws IllegalDisclosureStateException unless drafting or returned
	 */
	void submit(boolean needsSignOff, String by, Instant at) {
		require("submit", DisclosureState.DRAFT, DisclosureState.RETURNED);
		state = needsSignOff ? DisclosureState.WITH_LEADER : DisclosureState.IN_REVIEW;
		registerEvent(new DisclosureEvent.Submitted(id, by, at, needsSignOff));
	}

	/**
	 * The leader signs the submitted content off; it goes to the finance bureau's review.
	 */
	void signOff(String by, Instant at, int submission) {
		require("sign off", DisclosureState.WITH_LEADER);
		state = DisclosureState.IN_REVIEW;
		signedSubmission = submission;
		registerEvent(new DisclosureEvent.SignedOff(id, by, at, submission));
	}

	/** The leader or the reviewer returns it to the drafters with reasons. */
	void returnForRevision(String by, Instant at, String reason) {
		require("return", DisclosureState.WITH_LEADER, DisclosureState.IN_REVIEW);
		state = DisclosureState.RETURNED;
		registerEvent(new DisclosureEvent.Returned(id, by, at, reason));
	}

	/** The finance bureau approves the reviewed content. */
	void approve(String by, Instant at) {
		require("approve", DisclosureState.IN_REVIEW);
		state = DisclosureState.APPROVED;
		registerEvent(new DisclosureEvent.Approved(id, by, at));
	}

	/** The approved content is published. */
	void publish(String by, Instant at, int publishedVersion) {
		require("publish", DisclosureState.APPROVED);
		state = DisclosureState.PUBLISHED;
		registerEvent(new DisclosureEvent.Published(id, by, at, publishedVersion));
	}

	/**
	 * A published disclosure is opened again for a correction run, which has its own
	 * deadline.
	 */
	void reopenForCorrection(String by, Instant at, java.time.LocalDate due) {
		require("correct", DisclosureState.PUBLISHED);
		state = DisclosureState.DRAFT;
		publicationDue = due;
		registerEvent(new DisclosureEvent.CorrectionStarted(id, by, at));
	}

	private void require(String action, DisclosureState... allowed) {
		if (!java.util.Arrays.asList(allowed).contains(state)) {
			throw new IllegalDisclosureStateException(id, state, action);
		}
	}

	public Long getId() {
		return id;
	}

	public Long getTemplateId() {
		return templateId;
	}

	public String getTemplateCode() {
		return templateCode;
	}

	public String getDepartmentCode() {
		return departmentCode;
	}

	public int getFiscalYear() {
		return fiscalYear;
	}

	public String getTitle() {
		return title;
	}

	public MeasureUnit getUnitOfMeasure() {
		return unitOfMeasure;
	}

	public DisclosureState getState() {
		return state;
	}

	public long getVersion() {
		return version;
	}

	public long getRevision() {
		return revision;
	}

	public Integer getSignedSubmission() {
		return signedSubmission;
	}

	public Long getRoundId() {
		return roundId;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

	public List<Section> getSections() {
		return sections;
	}

}
