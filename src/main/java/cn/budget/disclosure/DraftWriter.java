package cn.budget.disclosure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import cn.budget.content.MeasureUnit;
import cn.budget.template.PartDefinition;
import cn.budget.template.TemplateCatalog;
import cn.budget.template.TemplateDefinition;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.identity.UnitInfo;
import cn.budget.shared.ContentError;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * How drafts are written once {@link DisclosureDrafting} has checked who asks: a new
 * draft with its empty tables, and parts replaced with validation, the scope's limits and
 * an audit event per changed part.
 */
@Component
class DraftWriter {

	private final DisclosureRepository repository;

	private final TemplateCatalog templates;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DraftRows rows;

	DraftWriter(DisclosureRepository repository, TemplateCatalog templates, Directory directory,
			ApplicationEventPublisher events, Clock clock, DraftRows rows) {
		this.repository = repository;
		this.rows = rows;
		this.templates = templates;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The unit of measure of a requested new disclosure (万元 unless declared).
	 * @throws ContentInvalidException for an unknown department, template or unit
	 */
	MeasureUnit checkNew(NewDisclosure request, String department) {
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
		return unit;
	}

	/** A new empty draft, unless the department has one for that year already: its id. */
	long create(String username, String department, int year, String templateCode, MeasureUnit unit) {
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
			SectionMerge.apply(draft.section(part.key()).orElseThrow(), initial, part, unit, true);
		}
		// Built as entities, written with JDBC batches (DraftRows).
		List<Section> sections = List.copyOf(draft.getSections());
		draft.getSections().clear();
		Disclosure disclosure = repository.save(draft);
		rows.insert(disclosure, sections);
		events.publishEvent(new DisclosureEvent.Created(disclosure.getId(), username, clock.instant(), department, year,
				templateCode));
		return disclosure.getId();
	}

	/**
	 * Replaces the given parts (and the title and unit, when given). Errors carry the
	 * path {@code parts[i].…} of the request.
	 * @param system whether the system places the content (imports, copy-forward)
	 */
	void replace(Disclosure disclosure, EditScope scope, Actor actor, DisclosureUpdate update, boolean system) {
		TemplateDefinition template = templates.byId(disclosure.getTemplateId());
		MeasureUnit unit = validate(disclosure, template, update);
		retitle(disclosure, scope, actor, update.getTitle(), unit);
		for (PartContent next : update.getParts()) {
			PartDefinition part = template.part(next.getKey()).orElseThrow();
			Section section = disclosure.section(part.key()).orElseThrow();
			PartContent before = ContentMapper.toContent(section, part);
			ContentScope.assertMayChange(scope, before, next);
			apply(actor, disclosure, section, part, before, next, system);
		}
		disclosure.touch(actor.username(), clock.instant());
	}

	/** Stores one part's content and records the change, if there is one. */
	void apply(Actor actor, Disclosure disclosure, Section section, PartDefinition part, PartContent before,
			PartContent next, boolean system) {
		SectionMerge.apply(section, next, part, disclosure.getUnitOfMeasure(), system);
		disclosure.touch(actor.username(), clock.instant());
		PartContent after = ContentMapper.toContent(section, part);
		if (!before.getFields().equals(after.getFields()) || !before.getTables().equals(after.getTables())) {
			events.publishEvent(
					new DisclosureEvent.PartChanged(disclosure.getId(), disclosure.getTemplateId(), actor.username(),
							clock.instant(), part.key(), ContentViews.of(before, null), ContentViews.of(after, null)));
		}
	}

	/**
	 * The update's unit of measure (null: unchanged); its parts normalised.
	 * @throws ContentInvalidException naming every invalid value
	 */
	private MeasureUnit validate(Disclosure disclosure, TemplateDefinition template, DisclosureUpdate update) {
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
			errors.addAll(errorsOf(disclosure, template, next, documentUnit, "parts[" + i + "]"));
		}
		if (!errors.isEmpty()) {
			throw new ContentInvalidException(errors);
		}
		return unit;
	}

	private List<ContentError> errorsOf(Disclosure disclosure, TemplateDefinition template, PartContent next,
			MeasureUnit unit, String path) {
		PartDefinition part = template.part(String.valueOf(next.getKey())).orElse(null);
		if (part == null) {
			return List.of(new ContentError(path + ".key", "validation.unknownPart", next.getKey()));
		}
		return ContentValidator.validate(next, part, unit, unitCodes(disclosure))
			.stream()
			.map(error -> error.prefixed(path + "."))
			.toList();
	}

	private void retitle(Disclosure disclosure, EditScope scope, Actor actor, String title, MeasureUnit unit) {
		boolean retitled = (title != null && !title.strip().equals(disclosure.getTitle()))
				|| (unit != null && unit != disclosure.getUnitOfMeasure());
		if (retitled && !scope.all()) {
			throw new AccessDeniedException("Only the department's drafters may change the title or unit");
		}
		String oldTitle = disclosure.getTitle();
		MeasureUnit oldUnit = disclosure.getUnitOfMeasure();
		disclosure.retitle(title, unit);
		if (retitled) {
			events.publishEvent(new DisclosureEvent.Retitled(disclosure.getId(), actor.username(), clock.instant(),
					oldTitle, disclosure.getTitle(), oldUnit.label(), disclosure.getUnitOfMeasure().label()));
		}
	}

	Set<String> unitCodes(Disclosure disclosure) {
		return directory.unitsOf(disclosure.getDepartmentCode())
			.stream()
			.map(UnitInfo::code)
			.collect(Collectors.toSet());
	}

}
