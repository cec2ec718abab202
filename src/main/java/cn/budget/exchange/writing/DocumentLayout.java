package cn.budget.exchange.writing;

import cn.budget.content.TableView;
import cn.budget.content.PartView;
import cn.budget.content.DisclosureContent;
import cn.budget.content.CellView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.budget.content.MeasureUnit;
import cn.budget.template.ColumnDefinition;
import cn.budget.template.ElementDefinition;
import cn.budget.template.PartDefinition;
import cn.budget.template.TemplateDefinition;
import cn.budget.exchange.recognising.Vocabulary;
import cn.budget.shared.Messages;
import org.springframework.stereotype.Component;

/**
 * Lays a disclosure out the way published documents read (see {@link DocumentView}).
 * Documents are Chinese whatever the reader's language, so their wording comes from the
 * Chinese bundle. The layout is also what imports read back: sections carry their
 * template labels, items their numbering and tables their caption, so an exported
 * document imports into the same model.
 */
@Component("exchangeLayout")
public class DocumentLayout {

	public static final Locale DOCUMENT = Locale.SIMPLIFIED_CHINESE;

	private final Messages messages;

	private final TableLayout tables;

	private final ListLayout lists;

	private final Vocabulary vocabulary;

	DocumentLayout(Messages messages, TableLayout tables, ListLayout lists, Vocabulary vocabulary) {
		this.messages = messages;
		this.tables = tables;
		this.lists = lists;
		this.vocabulary = vocabulary;
	}

	/**
	 * @param masked whether confidential values are shown as {@code ****} (the public) or
	 * in clear (staff)
	 */
	public DocumentView render(DisclosureContent document, TemplateDefinition template, boolean masked) {
		MeasureUnit unit = document.unit();
		List<DocumentView.Part> parts = new ArrayList<>();
		for (PartDefinition part : template.parts()) {
			PartView content = document.part(part.key()).orElseGet(() -> PartView.empty(part.key()));
			List<DocumentView.Element> elements = elements(template, part, content, unit, masked);
			if (part.required() || !elements.isEmpty()) {
				parts.add(new DocumentView.Part(part.key(),
						messages.get(DOCUMENT, "document.part", part.numeral(), part.title().zh()), elements));
			}
		}
		return new DocumentView(document.title(), unit.label(), parts);
	}

	private List<DocumentView.Element> elements(TemplateDefinition template, PartDefinition part, PartView content,
			MeasureUnit unit, boolean masked) {
		String defaultText = vocabulary.part(template.code(), part.key()).map(Vocabulary.PartWords::text).orElse(null);
		List<DocumentView.Element> elements = new ArrayList<>();
		int sections = 0;
		for (ElementDefinition element : part.elements()) {
			if (element.holdsTable() && !lists.isList(element.table())) {
				for (TableView table : content.tables(element.table().key())) {
					tables.layout(element.table(), table, masked)
						.ifPresent(view -> elements.add(new DocumentView.Element(DocumentView.Element.Kind.TABLE,
								element.table().key(), null, List.of(), view)));
				}
				continue;
			}
			String key = element.holdsTable() ? element.table().key() : element.field().key();
			List<String> paragraphs = element.holdsTable() ? lists.items(element.table(), content, masked)
					: field(element.field(), content.field(key), unit, masked);
			if (paragraphs.isEmpty()) {
				continue;
			}
			boolean headed = !key.equals(defaultText)
					&& !(element.field() != null && element.field().type().isDecimal());
			String label = element.holdsTable() ? element.table().title().zh() : element.field().label().zh();
			String heading = headed ? messages.get(DOCUMENT, "document.section", numeral(++sections), label) : null;
			elements.add(new DocumentView.Element(DocumentView.Element.Kind.TEXT, key, heading, paragraphs, null));
		}
		return elements;
	}

	private List<String> field(ColumnDefinition field, CellView cell, MeasureUnit unit, boolean masked) {
		if (cell.isBlank()) {
			return List.of();
		}
		if (cell.confidential() && masked) {
			return List.of(CellView.MASK);
		}
		if (field.type().isDecimal() && cell.amount() != null) {
			return List.of(messages.get(DOCUMENT, "document.amount", field.label().zh(),
					CellView.formatAmount(cell.amount()), unit.label()));
		}
		return List.of(cell.text().split("\n"));
	}

	/** 一, 二, … for section headings. */
	String numeral(int n) {
		String[] numerals = messages.get(DOCUMENT, "document.numerals").split(",");
		return n <= numerals.length ? numerals[n - 1] : String.valueOf(n);
	}

}
