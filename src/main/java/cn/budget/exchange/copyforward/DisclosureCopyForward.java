package cn.budget.exchange.copyforward;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.content.DraftContent;
import cn.budget.disclosure.DraftingPermissions;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.content.CellView;
import cn.budget.content.DisclosureContent;
import cn.budget.content.PartView;
import cn.budget.content.RowView;
import cn.budget.content.TableView;
import cn.budget.identity.Actor;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates this year's disclosure from last year's published one: texts and tables carried
 * over, this year's figures moved into the "last year" columns and fields
 * ({@link CarryForwardRules}), and the changes that depended on them cleared for the
 * drafter to state anew.
 */
@Service
public class DisclosureCopyForward {

	private final DisclosureVersions versions;

	private final DisclosureDrafting drafting;

	private final CarryForwardRules rules;

	DisclosureCopyForward(DisclosureVersions versions, DisclosureDrafting drafting, ObjectMapper json) {
		this.versions = versions;
		this.drafting = drafting;
		this.rules = CarryForwardRules.load(json);
	}

	/**
	 * @throws NothingToCopyException when the department published no such disclosure
	 * last year
	 * @throws AccessDeniedException unless the actor drafts the department's whole
	 * disclosure or supervises
	 * @throws cn.budget.disclosure.DuplicateDisclosureException when this year's exists
	 * already
	 */
	@Transactional
	public DisclosureContent copyForward(Actor actor, String departmentCode, int fiscalYear, String templateCode) {
		if (!DraftingPermissions.mayCreate(actor, departmentCode)) {
			throw new AccessDeniedException("You may not create disclosures for department " + departmentCode);
		}
		DisclosureContent last = versions.latestPublished(departmentCode, templateCode, fiscalYear - 1)
			.orElseThrow(() -> new NothingToCopyException(departmentCode, fiscalYear - 1));
		List<PartView> parts = last.parts().stream().map(p -> rules.apply(asNew(p))).toList();
		String title = last.title().replace(String.valueOf(fiscalYear - 1), String.valueOf(fiscalYear));
		return drafting.createFilled(actor, departmentCode, fiscalYear, templateCode,
				new DraftContent(title, last.unit(), parts));
	}

	// New tables and rows (no ids) with the values as written: last year's sentences are
	// not this year's, so what is carried forward is not "from the text".
	private static PartView asNew(PartView part) {
		List<TableView> tables = part.tables()
			.stream()
			.map(t -> new TableView(null, t.key(), t.title(), t.unitCode(), t.declaredUnit(), t.unit(),
					t.confidential(), t.confidentialReason(), written(t.header()),
					t.rows()
						.stream()
						.map(r -> new RowView(null, r.key(), r.level(), r.role(), written(r.cells())))
						.toList()))
			.toList();
		return part.with(written(part.fields()), tables);
	}

	private static Map<String, CellView> written(Map<String, CellView> cells) {
		Map<String, CellView> written = new LinkedHashMap<>();
		cells.forEach((key, cell) -> written.put(key,
				new CellView(cell.value(), cell.confidential(), cell.amount(), cell.comparator(), cell.unit(), null)));
		return written;
	}

}
