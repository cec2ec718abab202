package cn.budget.disclosure;

import java.util.List;

import cn.budget.template.PartDefinition;
import cn.budget.template.TemplateCatalog;
import cn.budget.template.TemplateDefinition;
import cn.budget.identity.Actor;
import cn.budget.shared.ContentError;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands that change a draft — for drafters, other features and named system actors
 * alike. Each checks the actor's scope ({@link DraftingPermissions}) and the lifecycle
 * itself: a stale version is refused, invalid values are reported per field and nothing
 * is stored then.
 */
@Service
@Transactional
public class DisclosureDrafting {

	private final DisclosureRepository repository;

	private final DisclosureQueries queries;

	private final TemplateCatalog templates;

	private final DraftWriter writer;

	DisclosureDrafting(DisclosureRepository repository, DisclosureQueries queries, TemplateCatalog templates,
			DraftWriter writer) {
		this.repository = repository;
		this.queries = queries;
		this.templates = templates;
		this.writer = writer;
	}

	/**
	 * Creates an empty draft as requested on the page or the API.
	 * @throws AccessDeniedException unless the actor may create disclosures of that
	 * department ({@link DraftingPermissions#mayCreate})
	 * @throws ContentInvalidException for an unknown department, template or unit of
	 * measure
	 * @throws DuplicateDisclosureException when the department has one for that year
	 * already
	 */
	public DisclosureDocument create(Actor actor, NewDisclosure request) {
		String department = request.departmentCode().strip();
		requireMayCreate(actor, department);
		MeasureUnit unit = writer.checkNew(request, department);
		return document(createDraft(actor, department, request.fiscalYear(), request.template(), unit));
	}

	/**
	 * Creates an empty draft without reading it back (a round opens thousands).
	 * @return its id
	 * @throws AccessDeniedException unless the actor may create disclosures of that
	 * department
	 * @throws DuplicateDisclosureException when the department has one for that year
	 * already
	 */
	public long createDraft(Actor actor, String department, int year, String templateCode, MeasureUnit unit) {
		requireMayCreate(actor, department);
		return writer.create(actor.username(), department, year, templateCode, unit);
	}

	/**
	 * Creates a draft filled with the given content (an imported document, last year's
	 * disclosure carried forward), as a whole or not at all.
	 * @throws AccessDeniedException unless the actor may create disclosures of that
	 * department
	 */
	public DisclosureDocument createFilled(Actor actor, String department, int year, String templateCode,
			DraftContent content) {
		long id = createDraft(actor, department, year, templateCode, content.unit());
		return place(actor, repository.findById(id).orElseThrow(), content);
	}

	/**
	 * Places imported content into an existing draft.
	 * @throws DisclosureNotFoundException outside the actor's scope
	 * @throws AccessDeniedException unless the actor may change all of the draft
	 * ({@link DraftingPermissions#mayImportInto})
	 */
	public DisclosureDocument placeImport(Actor actor, long id, DraftContent content) {
		Disclosure disclosure = DisclosureQueries.load(repository, actor, id);
		if (!DraftingPermissions.mayImportInto(actor, disclosure.getDepartmentCode(), disclosure.getState())) {
			throw new AccessDeniedException("Only the department's drafters may import into this disclosure");
		}
		return place(actor, disclosure, content);
	}

	/**
	 * Fills one table with the given rows: a repeatable table gets a new instance (a
	 * sub-unit drafter's is attributed to their unit), a single table is replaced.
	 * @throws DisclosureNotFoundException outside the actor's scope, or for a table the
	 * template does not have
	 * @throws AccessDeniedException when the table is outside what the actor may change
	 */
	public DisclosureDocument replaceTable(Actor actor, long id, TableRows rows) {
		Disclosure disclosure = DisclosureQueries.load(repository, actor, id);
		EditScope scope = checkEditable(actor, disclosure, disclosure.getVersion());
		TemplateDefinition template = templates.byId(disclosure.getTemplateId());
		PartDefinition part = DraftTables.partOf(template, rows.tableKey())
			.orElseThrow(() -> new DisclosureNotFoundException(id));
		PartContent content = ContentMapper.toContent(disclosure.section(part.key()).orElseThrow(), part);
		DraftTables.fill(content, part.table(rows.tableKey()).orElseThrow(), rows, actor);
		DisclosureUpdate update = new DisclosureUpdate();
		update.setParts(List.of(content));
		writer.replace(disclosure, scope, actor, update, false);
		return queries.toDocument(repository.saveAndFlush(disclosure));
	}

	/**
	 * Saves one part as typed on the drafting page. A sub-unit drafter's page posts only
	 * their own tables; everything else stays as stored.
	 */
	public DisclosureDocument savePart(Actor actor, long id, String partKey, PartContent posted, long expectedVersion) {
		Disclosure disclosure = DisclosureQueries.load(repository, actor, id);
		EditScope scope = checkEditable(actor, disclosure, expectedVersion);
		PartDefinition part = DisclosureQueries.part(templates.byId(disclosure.getTemplateId()), partKey, id);
		Section section = disclosure.section(partKey).orElseThrow();
		PartContent before = ContentMapper.toContent(section, part);
		PartContent next = ContentScope.normalise(posted);
		next.setKey(partKey);
		List<ContentError> errors = ContentValidator.validate(next, part, disclosure.getUnitOfMeasure(),
				writer.unitCodes(disclosure));
		if (!errors.isEmpty()) {
			throw new ContentInvalidException(errors);
		}
		if (!scope.all()) {
			ContentScope.assertFieldsUnchanged(before, next);
		}
		next = scope.all() ? ContentScope.withoutGaps(next) : ContentScope.overlay(before, next, scope.unitCode());
		ContentScope.assertMayChange(scope, before, next);
		writer.apply(actor, disclosure, section, part, before, next, false);
		return queries.toDocument(repository.saveAndFlush(disclosure));
	}

	/**
	 * Replaces the given parts of a disclosure (the API's PUT). Errors carry the path
	 * {@code parts[i].…} of the request.
	 */
	public DisclosureDocument update(Actor actor, long id, DisclosureUpdate update) {
		Disclosure disclosure = DisclosureQueries.load(repository, actor, id);
		EditScope scope = checkEditable(actor, disclosure, update.getVersion());
		writer.replace(disclosure, scope, actor, update, false);
		return queries.toDocument(repository.saveAndFlush(disclosure));
	}

	// Content placed by the system (imports, copy-forward) replaces whole parts.
	private DisclosureDocument place(Actor actor, Disclosure disclosure, DraftContent content) {
		disclosure.assertEditable();
		writer.replace(disclosure, new EditScope(true, null), actor, content.asUpdate(), true);
		return queries.toDocument(repository.saveAndFlush(disclosure));
	}

	private EditScope checkEditable(Actor actor, Disclosure disclosure, Long expectedVersion) {
		EditScope scope = DraftingPermissions.editScope(actor, disclosure.getDepartmentCode(), DisclosureState.DRAFT);
		if (!scope.canEditAnything()) {
			throw new AccessDeniedException("You may read but not change this disclosure");
		}
		disclosure.assertEditable();
		if (expectedVersion == null || expectedVersion != disclosure.getVersion()) {
			throw new StaleVersionException(expectedVersion == null ? -1 : expectedVersion, disclosure.getVersion());
		}
		return scope;
	}

	private static void requireMayCreate(Actor actor, String department) {
		if (!DraftingPermissions.mayCreate(actor, department)) {
			throw new AccessDeniedException("You may not create disclosures for department " + department);
		}
	}

	private DisclosureDocument document(long id) {
		return queries.toDocument(repository.findById(id).orElseThrow());
	}

}
