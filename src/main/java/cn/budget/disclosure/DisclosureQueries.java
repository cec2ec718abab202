package cn.budget.disclosure;

import cn.budget.content.DisclosureContent;
import cn.budget.content.DisclosureState;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.budget.template.PartDefinition;
import cn.budget.template.TemplateCatalog;
import cn.budget.template.TemplateDefinition;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads disclosures. Every lookup on behalf of a person is checked against their scope; a
 * disclosure outside it is reported as not found. System work reads as a named system
 * actor ({@link Actor#system}); only summaries for task lists and dashboards are read
 * without a scope, their callers check access themselves.
 */
@Service
@Transactional(readOnly = true)
public class DisclosureQueries {

	private final DisclosureRepository repository;

	private final TemplateCatalog templates;

	private final Directory directory;

	private final EntityManager entities;

	private final WorkingCopy workingCopy;

	DisclosureQueries(DisclosureRepository repository, TemplateCatalog templates, Directory directory,
			EntityManager entities, WorkingCopy workingCopy) {
		this.repository = repository;
		this.templates = templates;
		this.directory = directory;
		this.entities = entities;
		this.workingCopy = workingCopy;
	}

	/** The disclosures the actor may see, newest year first. */
	public List<DisclosureSummary> list(Actor actor, Integer year, String departmentCode) {
		String department = actor.seesAllDepartments() ? departmentCode : actor.departmentCode();
		if (department == null && !actor.seesAllDepartments()) {
			return List.of();
		}
		return repository.search(year, department).stream().map(this::summary).toList();
	}

	/**
	 * Summaries of the given disclosures, without a scope check (task lists check access
	 * themselves). Those the transaction has loaded already (a decision announcing the
	 * next task) cost no query.
	 */
	public List<DisclosureSummary> summaries(java.util.Collection<Long> ids) {
		return loaded(ids).stream().map(this::summary).toList();
	}

	/**
	 * The summary of one disclosure, without a scope check (a notice about it): read by
	 * its key, so one the transaction has loaded costs neither a query nor building one
	 * (a multi-id load builds its SQL on every call).
	 */
	public Optional<DisclosureSummary> summaryOf(long id) {
		return repository.findById(id).map(this::summary);
	}

	/**
	 * The whole disclosure as the drafting page and the API's document show it, if the
	 * actor may see it. Other features read {@link #content}.
	 * @throws DisclosureNotFoundException when it does not exist or is outside the
	 * actor's scope
	 */
	DisclosureDocument document(Actor actor, long id) {
		return toDocument(load(repository, actor, id));
	}

	/**
	 * The whole disclosure as an immutable view, if the actor may see it.
	 * @throws DisclosureNotFoundException when it does not exist or is outside the
	 * actor's scope
	 */
	public DisclosureContent content(Actor actor, long id) {
		return toDocument(load(repository, actor, id)).view();
	}

	/**
	 * The content of several disclosures, those the actor may see (others and unknown ids
	 * are left out), read together: the disclosures in one query and their parts, tables
	 * and rows in batches, not one disclosure after another.
	 */
	public List<DisclosureContent> contents(Actor actor, java.util.Collection<Long> ids) {
		List<Disclosure> visible = loaded(ids).stream()
			.filter(d -> actor.canSeeDepartment(d.getDepartmentCode()))
			.toList();
		Map<Long, List<PartContent>> published = workingCopy.publishedParts(visible.stream()
			.filter(d -> d.getState() == DisclosureState.PUBLISHED)
			.map(Disclosure::getId)
			.toList());
		return visible.stream().map(d -> document(d, published.get(d.getId())).view()).toList();
	}

	/**
	 * Who and what the disclosure is, if the actor may see it, without reading its
	 * content.
	 * @throws DisclosureNotFoundException when it does not exist or is outside the
	 * actor's scope
	 */
	public DisclosureSummary summary(Actor actor, long id) {
		return summary(load(repository, actor, id));
	}

	/**
	 * The disclosures of a round, for its dashboard (the caller checks who may see it).
	 */
	public List<DisclosureSummary> ofRound(long roundId) {
		return repository.findByScheduleRoundIdOrderByDepartmentCode(roundId).stream().map(this::summary).toList();
	}

	/** What the actor may change in the disclosure now. */
	EditScope editScope(Actor actor, DisclosureDocument document) {
		return DraftingPermissions.editScope(actor, document.getDepartmentCode(), document.getState());
	}

	/** What the actor may change in the disclosure now. */
	public EditScope editScope(Actor actor, DisclosureContent content) {
		return EditScope.of(actor, content.departmentCode(), content.state());
	}

	public TemplateDefinition templateOf(DisclosureContent content) {
		return templates.byId(content.templateId());
	}

	TemplateDefinition templateOf(DisclosureDocument document) {
		return templates.byId(document.getTemplateId());
	}

	private DisclosureSummary summary(Disclosure d) {
		return new DisclosureSummary(d.getId(), d.getDepartmentCode(), directory.departmentName(d.getDepartmentCode()),
				d.getFiscalYear(), d.getTemplateCode(), d.getTitle(), d.getState(), d.getVersion(),
				d.getStamps().updatedAt(), d.getStamps().updatedBy(), d.getSchedule().roundId(),
				d.getStamps().revision());
	}

	// The one place a disclosure's content is read: a published disclosure's working copy
	// has no rows (WorkingCopy), its content is the newest published version's, with the
	// disclosure's own heading (state, revision, stamps).
	DisclosureDocument toDocument(Disclosure disclosure) {
		return document(disclosure, disclosure.getState() == DisclosureState.PUBLISHED
				? workingCopy.publishedParts(disclosure.getId()).orElse(null) : null);
	}

	// The published parts when given, else the working copy's rows.
	private DisclosureDocument document(Disclosure disclosure, List<PartContent> publishedParts) {
		List<PartContent> parts = publishedParts != null ? publishedParts : workingParts(disclosure);
		return DisclosureDocument.of(disclosure, directory.departmentName(disclosure.getDepartmentCode()), parts);
	}

	private List<PartContent> workingParts(Disclosure disclosure) {
		return templates.byId(disclosure.getTemplateId())
			.parts()
			.stream()
			.map(part -> ContentMapper.toContent(disclosure.section(part.key()).orElseThrow(), part))
			.toList();
	}

	private List<Disclosure> loaded(java.util.Collection<Long> ids) {
		return entities.unwrap(Session.class)
			.byMultipleIds(Disclosure.class)
			.enableSessionCheck(true)
			.multiLoad(List.copyOf(ids))
			.stream()
			.filter(Objects::nonNull)
			.toList();
	}

	static Disclosure load(DisclosureRepository repository, Actor actor, long id) {
		Disclosure disclosure = repository.findById(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		if (!actor.canSeeDepartment(disclosure.getDepartmentCode())) {
			throw new DisclosureNotFoundException(id);
		}
		return disclosure;
	}

	static PartDefinition part(TemplateDefinition template, String partKey, long id) {
		return template.part(partKey).orElseThrow(() -> new DisclosureNotFoundException(id));
	}

}
