package cn.budget.exchange;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DraftContent;
import cn.budget.disclosure.DraftingPermissions;
import cn.budget.content.MeasureUnit;
import cn.budget.content.DisclosureContent;
import cn.budget.content.PartView;
import cn.budget.content.TableView;
import cn.budget.template.TemplateCatalog;
import cn.budget.template.TemplateDefinition;
import cn.budget.exchange.placing.Assembly;
import cn.budget.exchange.placing.DocumentAssembler;
import cn.budget.exchange.reading.ImportFile;
import cn.budget.exchange.reading.SourceDocument;
import cn.budget.exchange.reading.UploadReader;
import cn.budget.exchange.reading.UploadRejectedException;
import cn.budget.exchange.recognising.TemplateChooser;
import cn.budget.exchange.recognising.UnitDirectory;
import cn.budget.exchange.recognising.Vocabulary;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a disclosure from a Word document (or its text dump) into a new draft or into a
 * given one, and reports every line it could not place. Either the whole document is
 * saved or nothing: a file that cannot be read, or content the model refuses, leaves the
 * database as it was.
 */
@Service
public class DisclosureImports {

	private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");

	private final UploadReader reader;

	private final Vocabulary vocabulary;

	private final TemplateCatalog templates;

	private final DisclosureQueries queries;

	private final DisclosureDrafting drafting;

	private final Directory directory;

	private final ReportRenderer renderer;

	private final ExchangeMetrics metrics;

	DisclosureImports(UploadReader reader, Vocabulary vocabulary, TemplateCatalog templates, DisclosureQueries queries,
			DisclosureDrafting drafting, Directory directory, ReportRenderer renderer, ExchangeMetrics metrics) {
		this.reader = reader;
		this.vocabulary = vocabulary;
		this.templates = templates;
		this.queries = queries;
		this.drafting = drafting;
		this.directory = directory;
		this.renderer = renderer;
		this.metrics = metrics;
	}

	/**
	 * Imports a file.
	 * @param actor who imports; must draft the whole disclosure of the department (or
	 * supervise)
	 * @param file the file's name and bytes
	 * @param target where to import into: a department and year, a draft, or (all null)
	 * the actor's department and the year the document names
	 * @throws UploadRejectedException when the file cannot be read
	 * @throws AccessDeniedException when the actor may not create or fill the disclosure
	 */
	@Transactional
	public ImportOutcome importFile(Actor actor, ImportFile file, ImportTarget target) {
		return metrics.countImport(() -> importInto(actor, file, target));
	}

	private ImportOutcome importInto(Actor actor, ImportFile file, ImportTarget target) {
		SourceDocument source = reader.read(file.filename(), file.content());
		if (target.disclosureId() != null) {
			return fill(actor, source, target.disclosureId());
		}
		String department = Optional.ofNullable(target.departmentCode())
			.map(String::strip)
			.orElse(actor.departmentCode());
		if (!DraftingPermissions.mayCreate(actor, department)) {
			throw new AccessDeniedException("You may not import disclosures for department " + department);
		}
		if (directory.department(department).isEmpty()) {
			throw new UploadRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "import.rejected.department",
					department);
		}
		TemplateDefinition template = new TemplateChooser(vocabulary).choose(offered(), source);
		Assembly assembly = assemble(template, department, source);
		int year = target.fiscalYear() != null ? target.fiscalYear() : yearOf(assembly);
		DisclosureContent created = drafting.createFilled(actor, department, year, template.code(), content(assembly));
		return new ImportOutcome(created, renderer.render(assembly));
	}

	/**
	 * Imports a document as the given year's disclosure, its title naming that year (the
	 * demo data, imported by a system actor).
	 * @throws AccessDeniedException when the actor may not create disclosures of the
	 * department
	 */
	@Transactional
	public ImportOutcome importAsYear(Actor actor, String department, int year, ImportFile file) {
		SourceDocument source = reader.read(file.filename(), file.content());
		TemplateDefinition template = new TemplateChooser(vocabulary).choose(offered(), source);
		Assembly assembly = assemble(template, department, source);
		Matcher written = YEAR.matcher(String.valueOf(assembly.draft().title()));
		if (written.find()) {
			assembly.draft().title(assembly.draft().title().replace(written.group(1), String.valueOf(year)));
		}
		DisclosureContent created = drafting.createFilled(actor, department, year, template.code(), content(assembly));
		return new ImportOutcome(created, renderer.render(assembly));
	}

	private ImportOutcome fill(Actor actor, SourceDocument source, long disclosureId) {
		DisclosureContent draft = queries.content(actor, disclosureId);
		if (!DraftingPermissions.mayImportInto(actor, draft.departmentCode(), draft.state())) {
			throw new AccessDeniedException("Only the department's drafters may import into this disclosure");
		}
		TemplateDefinition template = queries.templateOf(draft);
		TemplateDefinition recognised = new TemplateChooser(vocabulary).choose(offered(), source);
		if (!recognised.code().equals(template.code())) {
			throw new UploadRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "import.rejected.template",
					recognised.name(), template.name());
		}
		Assembly assembly = assemble(template, draft.departmentCode(), source);
		DisclosureContent saved = drafting.placeImport(actor, draft.id(), content(assembly));
		return new ImportOutcome(saved, renderer.render(assembly));
	}

	// Tables in the document's own unit of measure name no unit of their own. The text
	// fields and the figures read from the text are placed by address after the tables.
	private static DraftContent content(Assembly assembly) {
		MeasureUnit unit = assembly.draft().documentUnit();
		List<PartView> parts = assembly.draft()
			.parts()
			.stream()
			.map(p -> p.with(p.fields(), p.tables().stream().map(t -> inDocumentUnit(t, unit)).toList()))
			.toList();
		return new DraftContent(assembly.draft().title(), unit, parts, assembly.draft().fields(),
				assembly.draft().figures());
	}

	private static TableView inDocumentUnit(TableView t, MeasureUnit unit) {
		return t.declaredUnit() != unit ? t : new TableView(t.id(), t.key(), t.title(), t.unitCode(), null, unit,
				t.confidential(), t.confidentialReason(), t.header(), t.rows());
	}

	private Assembly assemble(TemplateDefinition template, String department, SourceDocument source) {
		UnitDirectory units = new UnitDirectory(directory.unitsOf(department), vocabulary.unitAliases());
		return new DocumentAssembler(vocabulary, template, units).assemble(source);
	}

	/** The templates documents are recognised against. */
	List<TemplateDefinition> offered() {
		return vocabulary.templates().keySet().stream().filter(templates::exists).map(templates::current).toList();
	}

	private static int yearOf(Assembly assembly) {
		Matcher m = YEAR.matcher(String.valueOf(assembly.draft().title()));
		if (!m.find()) {
			throw new UploadRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "import.rejected.year");
		}
		return Integer.parseInt(m.group(1));
	}

}
