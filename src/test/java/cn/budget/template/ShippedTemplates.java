package cn.budget.template;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Test data: the templates shipped under {@code disclosure-templates/}, read without a
 * database, for unit tests of features that work on a template (checks, renderers).
 */
public final class ShippedTemplates {

	private static final List<TemplateDefinition> TEMPLATES = new TemplateSources(new ObjectMapper()).read();

	private ShippedTemplates() {
	}

	/** The newest shipped version of a template, e.g. {@code BUDGET}. */
	public static TemplateDefinition current(String code) {
		return TEMPLATES.stream()
			.filter(t -> t.code().equals(code))
			.max(java.util.Comparator.comparingInt(TemplateDefinition::version))
			.orElseThrow();
	}

}
