package cn.budget.exchange;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.List;

import cn.budget.content.DisclosureContent;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DisclosureState;
import cn.budget.disclosure.DraftingPermissions;
import cn.budget.template.TableDefinition;
import cn.budget.template.TemplateCatalog;
import cn.budget.template.TemplateDefinition;
import cn.budget.exchange.copyforward.DisclosureCopyForward;
import cn.budget.exchange.templates.ExcelTemplates;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.shared.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import page: upload a Word document or its text dump (with a progress bar and the
 * import report), fill a table from an Excel template, or start this year's disclosure
 * from last year's.
 */
@Controller
class ImportPages {

	static final String VIEW = "exchange/imports";

	private final DisclosureQueries queries;

	private final Directory directory;

	private final DisclosureCopyForward copyForward;

	private final ExcelTemplates excel;

	private final ExchangeProperties properties;

	private final TemplateCatalog templates;

	private final Clock clock;

	private final DisclosureImports imports;

	ImportPages(DisclosureQueries queries, Directory directory, DisclosureCopyForward copyForward, ExcelTemplates excel,
			ExchangeProperties properties, TemplateCatalog templates, Clock clock, DisclosureImports imports) {
		this.queries = queries;
		this.directory = directory;
		this.copyForward = copyForward;
		this.excel = excel;
		this.properties = properties;
		this.templates = templates;
		this.clock = clock;
		this.imports = imports;
	}

	@GetMapping("/imports")
	String showImports(Model model) {
		Actor actor = directory.currentActor();
		boolean anyDepartment = DraftingPermissions.mayCreateForEveryDepartment(actor);
		model.addAttribute("departments", anyDepartment ? directory.budgetDepartments()
				: directory.department(actor.departmentCode()).stream().toList());
		model.addAttribute("drafts",
				queries.list(actor, null, null).stream().filter(d -> d.state() == DisclosureState.DRAFT).toList());
		model.addAttribute("year", Year.now(clock).getValue());
		model.addAttribute("maxFileSize", properties.maxFileSize().toMegabytes());
		List<TemplateDefinition> choices = imports.offered();
		model.addAttribute("templateChoices", choices);
		model.addAttribute("tableTypes", excel.tableTypes(choices));
		return VIEW;
	}

	@GetMapping("/imports/templates/{template}/{tableKey}.xlsx")
	ResponseEntity<byte[]> excelTemplate(@PathVariable String template, @PathVariable String tableKey) {
		TableDefinition definition = templates.current(template)
			.table(tableKey)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(DisclosureExports.Format.XLSX.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(definition.title().zh() + ".xlsx", StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(excel.template(definition));
	}

	@PostMapping("/imports/copy-forward")
	String copyForward(@RequestParam String departmentCode, @RequestParam int fiscalYear, @RequestParam String template,
			RedirectAttributes redirect) {
		try {
			DisclosureContent created = copyForward.copyForward(directory.currentActor(), departmentCode, fiscalYear,
					template);
			return "redirect:/disclosures/" + created.id();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("copyError", ex.getMessageKey());
			redirect.addFlashAttribute("copyErrorArgs", ex.getArgs());
			return "redirect:/imports";
		}
	}

}
