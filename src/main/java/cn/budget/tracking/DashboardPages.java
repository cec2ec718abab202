package cn.budget.tracking;

import java.util.List;

import cn.budget.identity.Directory;
import cn.budget.shared.ApiController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisor's dashboard of a round, with filters, charts and exports.
 */
@Controller
class DashboardPages {

	static final String VIEW_DASHBOARD = "tracking/dashboard";

	private final RoundProgress progress;

	private final ProgressExport export;

	private final Directory directory;

	private final DashboardJson chartData;

	DashboardPages(RoundProgress progress, ProgressExport export, Directory directory, DashboardJson chartData) {
		this.progress = progress;
		this.export = export;
		this.directory = directory;
		this.chartData = chartData;
	}

	@GetMapping("/rounds/{id}")
	String dashboard(@PathVariable long id, @RequestParam(required = false) Stage stage,
			@RequestParam(required = false) Boolean late, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		RoundProgress.View view = progress.overview(directory.currentActor(), id);
		List<DepartmentProgress> shown = view.departments()
			.stream()
			.filter(d -> stage == null || d.stage() == stage)
			.filter(d -> late == null || !late || d.late())
			.filter(d -> q == null || q.isBlank() || d.departmentName().contains(q.strip())
					|| d.departmentCode().contains(q.strip()))
			.toList();
		model.addAttribute("view", view);
		model.addAttribute("chartData", chartData.of(view, LocaleContextHolder.getLocale()));
		DashboardRows rows = DashboardRows.of(shown, page);
		model.addAttribute("shown", progress.withDetails(rows.rows()));
		model.addAttribute("rows", rows);
		model.addAttribute("stages", Stage.values());
		model.addAttribute("stage", stage);
		model.addAttribute("late", late);
		model.addAttribute("q", q);
		return VIEW_DASHBOARD;
	}

	@GetMapping("/rounds/{id}/progress.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		return file(id, "csv", "text/csv;charset=UTF-8",
				export.csv(progress.of(directory.currentActor(), id), LocaleContextHolder.getLocale()));
	}

	@GetMapping("/rounds/{id}/progress.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		return file(id, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				export.xlsx(progress.of(directory.currentActor(), id), LocaleContextHolder.getLocale()));
	}

	private static ResponseEntity<byte[]> file(long id, String extension, String mediaType, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"round-" + id + "-progress." + extension + "\"")
			.body(content);
	}

	@ApiController
	static class ProgressApi {

		private final RoundProgress progress;

		private final Directory directory;

		ProgressApi(RoundProgress progress, Directory directory) {
			this.progress = progress;
			this.directory = directory;
		}

		@GetMapping("/api/rounds/{id}/progress")
		@io.swagger.v3.oas.annotations.Operation(
				summary = "Per department: stage, current task, assignee, due date, days left, returns, open ERROR findings")
		RoundProgress.View progress(@PathVariable long id) {
			return progress.of(directory.currentActor(), id);
		}

	}

}
