package cn.budget.disclosure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import cn.budget.disclosure.template.PartDefinition;
import cn.budget.disclosure.template.TemplateCatalog;
import cn.budget.disclosure.template.TemplateDefinition;
import cn.budget.identity.Actor;
import cn.budget.shared.ContentError;
import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.identity.UnitInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates disclosures and saves what drafters type, within their scope: a stale version
 * is refused, invalid values are reported per field and nothing is stored then.
 */
@Service
@Transactional
public class DisclosureDrafting {

	private final DisclosureRepository repository;

	private final DisclosureQueries queries;

	private final TemplateCatalog templates;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DisclosureDrafting(DisclosureRepository repository, DisclosureQueries queries, TemplateCatalog templates,
			Directory directory, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.queries = queries;
		this.templates = templates;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates an empty draft.
	 * @throws AccessDeniedException unless the actor is a supervisor, an administrator or
	 * a main-unit drafter of that department
	 * @throws ContentInvalidException for an unknown department, template or unit of
	 * measure
	 * @throws DuplicateDisclosureException when the department has one for that year
	 * already
	 */
	public DisclosureDocument create(Actor actor, NewDisclosure request) {
		String department = request.departmentCode().strip();
		if (!(actor.is(Role.SUPERVISOR) || actor.draftsWholeDisclosureOf(department))) {
			throw new AccessDeniedException("You may not create disclosures for department " + department);
		}
		List<ContentError> errors = new ArrayList<>();
		if (directory.department(department).isEmpty() || directory.unitsOf(department).isEmpty()) {
			errors.add(new ContentError("departmentCode", "validation.department", department));
		}
		if (!templates.exists(request.template())) {
			errors.add(new ContentError("template", "validation.template", request.template()));
		}
		MeasureUnit unit = MeasureUnit.WAN_YUAN;
		try {
			MeasureUnit declared = MeasureUnit.parse(request.unitOfMeasure());
			unit = declared == null ? unit : declared;
		}
		catch (IllegalArgumentException ex) {
			errors.add(new ContentError("unitOfMeasure", "validation.unitOfMeasure", request.unitOfMeasure()));
		}
		if (!errors.isEmpty()) {
			throw new ContentInvalidException(errors);
		}
		return createForSystem(actor.username(), department, request.fiscalYear(), request.template(), unit);
	}

	/**
	 * Creates an empty draft without a permission check (rounds, imports, copy-forward).
	 */
	public DisclosureDocument createForSystem(String username, String department, int year, String templateCode,
			MeasureUnit unit) {
		long id = createDraftForSystem(username, department, year, templateCode, unit);
		return queries.toDocument(repository.findById(id).orElseThrow());
	}

	/**
	 * Creates an empty draft without a permission check and without reading it back (a
	 * round opens thousands): its id.
	 */
	public long createDraftForSystem(String username, String department, int year, String templateCode,
			MeasureUnit unit) {
		repository.findByDepartmentCodeAndFiscalYearAndTemplateCode(department, year, templateCode)
			.ifPresent(existing -> {
				throw new DuplicateDisclosureException(existing.getId());
			});
		TemplateDefinition template = templates.current(templateCode);
		String title = template.titleFor(directory.departmentName(department), year, Locale.SIMPLIFIED_CHINESE);
		Disclosure draft = Disclosure.draft(template, department, year, title, unit, username, clock.instant());
		for (PartDefinition part : template.parts()) {
			PartContent initial = new PartContent(part.key());
			part.tables()
				.stream()
				.filter(t -> !t.repeatable())
				.forEach(t -> initial.getTables().add(TableFactory.newTable(t, null)));
			ContentMapper.apply(draft.section(part.key()).orElseThrow(), initial, part, unit, true);
		}
		Disclosure disclosure = repository.save(draft);
		events.publishEvent(
				new DisclosureCreated(disclosure.getId(), username, clock.instant(), department, year, templateCode));
		return disclosure.getId();
	}

	/**
	 * Saves one part as typed on the drafting page. A sub-unit drafter's page posts only
	 * their own tables; everything else stays as stored.
	 */
	public DisclosureDocument savePart(Actor actor, long id, String partKey, PartContent posted, long expectedVersion) {
		Disclosure disclosure = DisclosureQueries.load(repository, actor, id);
		EditScope scope = checkEditable(actor, disclosure, expectedVersion);
		TemplateDefinition template = templates.byId(disclosure.getTemplateId());
		PartDefinition part = DisclosureQueries.part(template, partKey, id);
		Section section = disclosure.section(partKey).orElseThrow();
		PartContent before = ContentMapper.toContent(section, part);
		PartContent next = ContentScope.normalise(posted);
		next.setKey(partKey);
		List<ContentError> errors = ContentValidator.validate(next, part, disclosure.getUnitOfMeasure(),
				unitCodes(disclosure));
		if (!errors.isEmpty()) {
			throw new ContentInvalidException(errors);
		}
		if (!scope.all()) {
			ContentScope.assertFieldsUnchanged(before, next);
		}
		next = scope.all() ? ContentScope.withoutGaps(next) : ContentScope.overlay(before, next, scope.unitCode());
		ContentScope.assertMayChange(scope, before, next);
		apply(actor, disclosure, section, part, before, next, false);
		return queries.toDocument(repository.saveAndFlush(disclosure));
	}

	/**
	 * Replaces the given parts of a disclosure (the API's PUT). Errors carry the path
	 * {@code parts[i].…} of the request.
	 */
	public DisclosureDocument update(Actor actor, long id, DisclosureUpdate update) {
		Disclosure disclosure = DisclosureQueries.load(repository, actor, id);
		EditScope scope = checkEditable(actor, disclosure, update.getVersion());
		return update(disclosure, scope, actor, update, false);
	}

	/**
	 * Replaces parts of a draft on behalf of the system (imports, copy-forward, demo
	 * data): no scope, but the disclosure must be in drafting and the version must match.
	 */
	public DisclosureDocument updateForSystem(String username, long id, DisclosureUpdate update) {
		Disclosure disclosure = repository.findById(id).orElseThrow(() -> new DisclosureNotFoundException(id));
		disclosure.assertEditable();
		if (update.getVersion() == null || update.getVersion() != disclosure.getVersion()) {
			throw new StaleVersionException(update.getVersion() == null ? -1 : update.getVersion(),
					disclosure.getVersion());
		}
		Actor system = new Actor(username, username, Role.ADMIN, null, null, false);
		return update(disclosure, new EditScope(true, null), system, update, true);
	}

	private DisclosureDocument update(Disclosure disclosure, EditScope scope, Actor actor, DisclosureUpdate update,
			boolean system) {
		TemplateDefinition template = templates.byId(disclosure.getTemplateId());
		List<ContentError> errors = new ArrayList<>();
		MeasureUnit unit = null;
		try {
			unit = MeasureUnit.parse(update.getUnitOfMeasure());
		}
		catch (IllegalArgumentException ex) {
			errors.add(new ContentError("unitOfMeasure", "validation.unitOfMeasure", update.getUnitOfMeasure()));
		}
		if (update.getTitle() != null && update.getTitle().strip().length() > ContentValidator.MAX_TITLE) {
			errors.add(new ContentError("title", "validation.tooLong", ContentValidator.MAX_TITLE));
		}
		MeasureUnit documentUnit = unit == null ? disclosure.getUnitOfMeasure() : unit;
		List<PartContent> parts = update.getParts();
		for (int i = 0; i < parts.size(); i++) {
			PartContent next = ContentScope.withoutGaps(ContentScope.normalise(parts.get(i)));
			PartDefinition part = template.part(String.valueOf(next.getKey())).orElse(null);
			if (part == null) {
				errors.add(new ContentError("parts[" + i + "].key", "validation.unknownPart", next.getKey()));
				continue;
			}
			for (ContentError error : ContentValidator.validate(next, part, documentUnit, unitCodes(disclosure))) {
				errors.add(error.prefixed("parts[" + i + "]."));
			}
		}
		if (!errors.isEmpty()) {
			throw new ContentInvalidException(errors);
		}
		boolean retitled = (update.getTitle() != null && !update.getTitle().strip().equals(disclosure.getTitle()))
				|| (unit != null && unit != disclosure.getUnitOfMeasure());
		if (retitled && !scope.all()) {
			throw new AccessDeniedException("Only the department's drafters may change the title or unit");
		}
		String oldTitle = disclosure.getTitle();
		MeasureUnit oldUnit = disclosure.getUnitOfMeasure();
		disclosure.retitle(update.getTitle(), unit);
		if (retitled) {
			events.publishEvent(new DisclosureRetitled(disclosure.getId(), actor.username(), clock.instant(), oldTitle,
					disclosure.getTitle(), oldUnit.label(), disclosure.getUnitOfMeasure().label()));
		}
		for (PartContent next : parts) {
			PartDefinition part = template.part(next.getKey()).orElseThrow();
			Section section = disclosure.section(part.key()).orElseThrow();
			PartContent before = ContentMapper.toContent(section, part);
			ContentScope.assertMayChange(scope, before, next);
			apply(actor, disclosure, section, part, before, next, system);
		}
		disclosure.touch(actor.username(), clock.instant());
		return queries.toDocument(repository.saveAndFlush(disclosure));
	}

	private EditScope checkEditable(Actor actor, Disclosure disclosure, Long expectedVersion) {
		EditScope scope = EditScope.of(actor, disclosure.getDepartmentCode(), DisclosureState.DRAFT);
		if (!scope.canEditAnything()) {
			throw new AccessDeniedException("You may read but not change this disclosure");
		}
		disclosure.assertEditable();
		if (expectedVersion == null || expectedVersion != disclosure.getVersion()) {
			throw new StaleVersionException(expectedVersion == null ? -1 : expectedVersion, disclosure.getVersion());
		}
		return scope;
	}

	private void apply(Actor actor, Disclosure disclosure, Section section, PartDefinition part, PartContent before,
			PartContent next, boolean system) {
		ContentMapper.apply(section, next, part, disclosure.getUnitOfMeasure(), system);
		disclosure.touch(actor.username(), clock.instant());
		PartContent after = ContentMapper.toContent(section, part);
		if (!before.getFields().equals(after.getFields()) || !before.getTables().equals(after.getTables())) {
			events.publishEvent(new DisclosurePartChanged(disclosure.getId(), disclosure.getTemplateId(),
					actor.username(), clock.instant(), part.key(), before, after));
		}
	}

	private Set<String> unitCodes(Disclosure disclosure) {
		return directory.unitsOf(disclosure.getDepartmentCode())
			.stream()
			.map(UnitInfo::code)
			.collect(Collectors.toSet());
	}

}
