/**
 * Document templates held as data: a template is an ordered list of part definitions,
 * each holding text fields and table definitions with their columns, header fields and
 * fixed rows. New provinces add a JSON file under {@code disclosure-templates/}, never a
 * code branch. How running text names a template's figures ({@link FigureVocabulary}) is
 * data too, shared by the import and the checks.
 */
@Surface({ ColumnDefinition.class, ElementDefinition.class, FigureVocabulary.class, FixedRowDefinition.class,
		LocalizedText.class, PartDefinition.class, RowRole.class, TableDefinition.class, TableStyle.class,
		TemplateCatalog.class, TemplateDefinition.class, ValueType.class })
package cn.budget.template;

import cn.budget.shared.Surface;
