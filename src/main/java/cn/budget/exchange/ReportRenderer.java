package cn.budget.exchange;

import java.util.List;

import cn.budget.exchange.placing.Assembly;
import cn.budget.exchange.recognising.ImportReport;
import cn.budget.shared.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes an import report in the reader's language.
 */
@Component
class ReportRenderer {

	private final Messages messages;

	ReportRenderer(Messages messages) {
		this.messages = messages;
	}

	ImportOutcome.Report render(Assembly assembly) {
		ImportReport report = assembly.report();
		return new ImportOutcome.Report(assembly.draft().template().code(), report.lines(), lines(report.unplaced()),
				lines(report.notes()),
				PlacementCounts.of(assembly,
						p -> (p.numeral() == null ? "" : p.numeral() + "、")
								+ p.title().in(LocaleContextHolder.getLocale()),
						messages.get("imports.parts.beforeParts")));
	}

	private List<ImportOutcome.Line> lines(List<ImportReport.Unplaced> lines) {
		return lines.stream().map(u -> new ImportOutcome.Line(u.line(), u.text(), reason(u))).toList();
	}

	private String reason(ImportReport.Unplaced line) {
		Object[] args = line.args()
			.stream()
			.map(a -> a instanceof ImportReport.Problem p ? messages.get(p.messageKey(), p.args()) : a)
			.toArray();
		return messages.get(line.reason(), args);
	}

}
