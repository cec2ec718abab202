package cn.budget.publication;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/**
 * The portal list's filters as a query on {@link PortalEntry}: only the filters given
 * become conditions, so a year or a department is looked up by its index and the list's
 * order is the index's order.
 */
final class PortalSearch {

	/** Newest year first, then by department; the id keeps pages stable among equals. */
	static final Sort ORDER = Sort.by(Sort.Order.desc("fiscalYear"), Sort.Order.asc("departmentCode"),
			Sort.Order.asc("disclosureId"));

	private static final char ESCAPE = '\\';

	private PortalSearch() {
	}

	/**
	 * The search is a substring of the title or of the department's name, as typed (no
	 * wildcards).
	 */
	static Specification<PortalEntry> of(Integer year, String department, String query) {
		return (root, criteria, builder) -> {
			List<Predicate> where = new ArrayList<>();
			if (year != null) {
				where.add(builder.equal(root.get("fiscalYear"), year));
			}
			if (department != null && !department.isBlank()) {
				where.add(builder.equal(root.get("departmentCode"), department));
			}
			if (query != null && !query.isBlank()) {
				String pattern = "%" + literal(query.strip()) + "%";
				where.add(builder.or(builder.like(root.get("title"), pattern, ESCAPE),
						builder.like(root.get("departmentName"), pattern, ESCAPE)));
			}
			return builder.and(where.toArray(Predicate[]::new));
		};
	}

	private static String literal(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
