package cn.budget.checks;

import cn.budget.content.ContentAddress;
import cn.budget.template.ColumnDefinition;
import cn.budget.shared.Localizable;

/**
 * What a reader calls a place the checks read (part › table › row › column), in the
 * reader's language. The checks carry places as addresses and name one only when a
 * finding points at it.
 */
final class Places {

	private Places() {
	}

	static Localizable label(Inspection in, ContentAddress at) {
		if (at.table() != null) {
			int index = at.table().position();
			return in.allSheets()
				.stream()
				.filter(s -> s.part().equals(at.part()) && s.index() == index)
				.findFirst()
				.orElseThrow()
				.label(at);
		}
		if (at.field() == null) {
			return in.partLabel(at.part());
		}
		Object label = in.template()
			.part(at.part())
			.flatMap(p -> p.field(at.field()))
			.map(ColumnDefinition::label)
			.map(Object.class::cast)
			.orElse(at.field());
		return in.partLabel(at.part()).and(label);
	}

}
