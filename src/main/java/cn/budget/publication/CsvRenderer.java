package cn.budget.publication;

import cn.budget.content.DisclosureContent;
import java.nio.charset.StandardCharsets;

import cn.budget.template.TemplateDefinition;
import cn.budget.shared.SpreadsheetText;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Fiscal Data Package's data: one CSV row per amount (UTF-8 with a byte-order mark,
 * so that spreadsheet programs read the Chinese text correctly).
 */
@Component
@Order(40)
class CsvRenderer implements PublicationRenderer {

	@Override
	public String extension() {
		return "csv";
	}

	@Override
	public String mediaType() {
		return "text/csv;charset=UTF-8";
	}

	@Override
	public byte[] render(DisclosureContent masked, TemplateDefinition template) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, AmountRow.HEADER);
		FiscalDataRows.of(masked, template).forEach(row -> line(csv, row.values()));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, Object[] values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(SpreadsheetText.csvField(values[i]));
		}
		csv.append("\r\n");
	}

}
