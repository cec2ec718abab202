package cn.budget.disclosure;

import java.util.List;

/**
 * Content placed into a draft as a whole by another feature (an imported document, last
 * year's disclosure carried forward): the title, the unit of measure and the parts it
 * fills; parts not named stay as they are.
 *
 * @param title the title, null to keep it
 * @param unit the document's unit of measure, null to keep it
 * @param parts the parts to replace
 */
public record DraftContent(String title, MeasureUnit unit, List<PartContent> parts) {

	DisclosureUpdate asUpdate() {
		DisclosureUpdate update = new DisclosureUpdate();
		update.setTitle(title);
		update.setUnitOfMeasure(unit == null ? null : unit.label());
		update.setParts(parts);
		return update;
	}

}
