package cn.budget.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import cn.budget.content.MeasureUnit;
import cn.budget.content.DisclosureState;
import cn.budget.template.PartDefinition;
import cn.budget.template.TemplateDefinition;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The disclosure of one department for one fiscal year, built from a template: one
 * section per part. Guards its lifecycle (the moves its {@link RouteState} allows); the
 * content is changed through {@link DisclosureDrafting}.
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

	@Embedded
	private Heading heading;

	@Version
	private long version;

	@Embedded
	private RouteState route;

	/** Null while not in a round: Hibernate reads three empty columns as no value. */
	@Embedded
	private RoundSchedule schedule;

	@Embedded
	private EditStamps stamps;

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
		disclosure.heading = new Heading(title, unit);
		disclosure.route = RouteState.drafting();
		disclosure.stamps = EditStamps.created(createdBy, now);
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
		this.stamps = stamps.touched(username, now);
	}

	void retitle(String newTitle, MeasureUnit newUnit) {
		this.heading = heading.retitled(newTitle, newUnit);
	}

	/**
	 * Ensures content may change now.
	 * @throws IllegalDisclosureStateException when the disclosure is with the leader, in
	 * review, approved or published
	 */
	void assertEditable() {
		route.assertEditable(id);
	}

	public Optional<Section> section(String partKey) {
		return sections.stream().filter(s -> s.getPartKey().equals(partKey)).findFirst();
	}

	void assignRound(Long round, LocalDate approved, LocalDate due) {
		this.schedule = new RoundSchedule(round, approved, due);
	}

	void submit(boolean needsSignOff, String by, Instant at) {
		registerEvent(route.submit(id, needsSignOff, by, at));
	}

	void signOff(String by, Instant at, int submission) {
		registerEvent(route.signOff(id, by, at, submission));
	}

	void returnForRevision(String by, Instant at, String reason) {
		registerEvent(route.returnForRevision(id, by, at, reason));
	}

	void approve(String by, Instant at) {
		registerEvent(route.approve(id, by, at));
	}

	void publish(String by, Instant at, int publishedVersion) {
		registerEvent(route.publish(id, by, at, publishedVersion));
	}

	void reopenForCorrection(String by, Instant at, LocalDate due) {
		registerEvent(route.reopenForCorrection(id, by, at));
		schedule = getSchedule().correctedBy(due);
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
		return heading.title();
	}

	public MeasureUnit getUnitOfMeasure() {
		return heading.unitOfMeasure();
	}

	public DisclosureState getState() {
		return route.state();
	}

	public long getVersion() {
		return version;
	}

	public Integer getSignedSubmission() {
		return route.signedSubmission();
	}

	RoundSchedule getSchedule() {
		return schedule == null ? RoundSchedule.NONE : schedule;
	}

	EditStamps getStamps() {
		return stamps;
	}

	public List<Section> getSections() {
		return sections;
	}

}
