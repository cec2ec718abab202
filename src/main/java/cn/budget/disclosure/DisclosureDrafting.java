package cn.budget.disclosure;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.budget.content.ContentAddress;
import cn.budget.content.MeasureUnit;
import cn.budget.content.DraftContent;
import cn.budget.content.TableRows;
import cn.budget.content.StatedFigure;
import cn.budget.content.DisclosureContent;
import cn.budget.template.PartDefinition;
import cn.budget.template.TemplateCatalog;
import cn.budget.identity.Actor;
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
	public DisclosureContent create(Actor actor, NewDisclosure request) {
		String department = request.departmentCode().strip();
		DraftGuards.requireMayCreate(actor, department);
		MeasureUnit unit = writer.checkNew(request, department);
		long id = createDraft(actor, department, request.fiscalYear(), request.template(), unit);
		return queries.toDocument(repository.findById(id).orElseThrow()).view();
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
		DraftGuards.requireMayCreate(actor, department);
		return writer.create(actor.username(), department, year, templateCode, unit);
	}

	/**
	 * Creates a draft filled with the given content (an imported document, last year's
	 * disclosure carried forward), as a whole or not at all.
	 * @return the draft as stored, as a read view
	 * @throws AccessDeniedException unless the actor may create disclosures of that
	 * department
	 */
	public DisclosureContent createFilled(Actor actor, String department, int year, String templateCode,
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
	public DisclosureContent placeImport(Actor actor, long id, DraftContent content) {
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
	public DisclosureContent replaceTable(Actor actor, long id, TableRows rows) {
		return write(actor, id, null, false, disclosure -> List
			.of(DraftTables.filled(templates.byId(disclosure.getTemplateId()), disclosure, rows, actor)));
	}

	/**
	 * Saves one part as typed on the drafting page. A sub-unit drafter's page posts only
	 * their own tables; everything else stays as stored.
	 */
	void savePart(Actor actor, long id, String partKey, PartContent posted, long expectedVersion) {
		Disclosure disclosure = DisclosureQueries.load(repository, actor, id);
		EditScope scope = DraftGuards.editable(actor, disclosure, expectedVersion);
		PartDefinition part = DisclosureQueries.part(templates.byId(disclosure.getTemplateId()), partKey, id);
		Section section = disclosure.section(partKey).orElseThrow();
		PartContent before = ContentMapper.toContent(section, part);
		PartContent next = ContentScope.normalise(posted);
		next.setKey(partKey);
		ContentValidator.require(next, part, disclosure.getUnitOfMeasure(), writer.unitCodes(disclosure));
		if (!scope.all()) {
			ContentScope.assertFieldsUnchanged(before, next);
		}
		next = scope.all() ? ContentScope.withoutGaps(next) : ContentScope.overlay(before, next, scope.unitCode());
		ContentScope.assertMayChange(scope, before, next);
		writer.apply(actor, disclosure, section, part, before, next, false);
		repository.saveAndFlush(disclosure);
	}

	/**
	 * Replaces the given parts of a disclosure (the API's PUT). Errors carry the path
	 * {@code parts[i].…} of the request.
	 */
	public DisclosureContent update(Actor actor, long id, DisclosureUpdate update) {
		Disclosure disclosure = DisclosureQueries.load(repository, actor, id);
		EditScope scope = DraftGuards.editable(actor, disclosure, update.getVersion());
		writer.replace(disclosure, scope, actor, update, false);
		return queries.toDocument(repository.saveAndFlush(disclosure)).view();
	}

	/**
	 * Fills text fields of parts and header fields of tables by {@link ContentAddress},
	 * as the actor typed them (a changed value becomes TYPED). All or nothing.
	 * @throws DisclosureNotFoundException outside the actor's scope; AccessDenied- or
	 * StaleVersionException; a 422 for an unknown address or a value its field refuses
	 */
	public DisclosureContent fillFields(Actor actor, long id, long expectedVersion,
			Map<ContentAddress, String> values) {
		return write(actor, id, expectedVersion, false, disclosure -> AddressedValues
			.written(templates.byId(disclosure.getTemplateId()), disclosure, values, List.of()));
	}

	/**
	 * Places amounts into the cells or amount fields they name, each with the provenance
	 * it states: a system placement keeps where it read the figure, a person's is
	 * {@link CellSource#TYPED}. All or nothing; the guards of {@link #fillFields}.
	 */
	public DisclosureContent placeFigures(Actor actor, long id, long expectedVersion, List<StatedFigure> figures) {
		return write(actor, id, expectedVersion, true, disclosure -> AddressedValues
			.written(templates.byId(disclosure.getTemplateId()), disclosure, Map.of(), figures));
	}

	// A command on parts of an editable draft: guarded, validated, stored whole or not.
	private DisclosureContent write(Actor actor, long id, Long expectedVersion, boolean system,
			Function<Disclosure, List<PartContent>> parts) {
		Disclosure disclosure = DisclosureQueries.load(repository, actor, id);
		EditScope scope = DraftGuards.editable(actor, disclosure,
				expectedVersion != null ? expectedVersion : Long.valueOf(disclosure.getVersion()));
		DisclosureUpdate update = new DisclosureUpdate();
		update.setParts(parts.apply(disclosure));
		writer.replace(disclosure, scope, actor, update, system);
		return queries.toDocument(repository.saveAndFlush(disclosure)).view();
	}

	// Whole parts with the text fields and figures written in by address (see
	// DraftContent), stored in one write: a second would record every field cleared and
	// set again, and lose the provenance of a value that did not change.
	private DisclosureContent place(Actor actor, Disclosure disclosure, DraftContent content) {
		disclosure.assertEditable();
		DisclosureUpdate update = ContentInputs.update(content);
		update.setParts(AddressedValues.written(templates.byId(disclosure.getTemplateId()), disclosure,
				ContentInputs.parts(content), content.fields(), content.figures()));
		writer.replace(disclosure, new EditScope(true, null), actor, update, true);
		return queries.toDocument(repository.saveAndFlush(disclosure)).view();
	}

}
