package cn.budget.checks;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.budget.shared.Localizable;

/**
 * A location's readable description joined from pieces: labels of the template (in both
 * languages) and text of the document (as written, e.g. a row's item name).
 */
record Label(List<Object> pieces) implements Localizable {

	static Label of(Object... pieces) {
		return new Label(java.util.Arrays.stream(pieces).filter(Objects::nonNull).toList());
	}

	Label and(Object piece) {
		if (piece == null) {
			return this;
		}
		List<Object> more = new java.util.ArrayList<>(pieces);
		more.add(piece);
		return new Label(List.copyOf(more));
	}

	@Override
	public String in(Locale locale) {
		return pieces.stream()
			.map(p -> p instanceof Localizable text ? text.in(locale) : String.valueOf(p))
			.filter(s -> !s.isBlank())
			.collect(Collectors.joining(" · "));
	}

	@Override
	public String toString() {
		return in(Locale.SIMPLIFIED_CHINESE);
	}

}
