package cn.budget.exchange.copyforward;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import cn.budget.disclosure.CellContent;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.disclosure.DisclosureDrafting;
import cn.budget.disclosure.DraftContent;
import cn.budget.disclosure.DraftingPermissions;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.MeasureUnit;
import cn.budget.disclosure.PartContent;
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
	public DisclosureDocument copyForward(Actor actor, String departmentCode, int fiscalYear, String templateCode) {
		if (!DraftingPermissions.mayCreate(actor, departmentCode)) {
			throw new AccessDeniedException("You may not create disclosures for department " + departmentCode);
		}
		DisclosureDocument last = versions.latestPublished(departmentCode, templateCode, fiscalYear - 1)
			.orElseThrow(() -> new NothingToCopyException(departmentCode, fiscalYear - 1));
		List<PartContent> parts = new ArrayList<>();
		for (PartContent part : last.getParts()) {
			part.getTables().forEach(t -> {
				t.setId(null);
				t.getRows().forEach(r -> r.setId(null));
			});
			rules.apply(part);
			forgetSources(part);
			parts.add(part);
		}
		String title = last.getTitle().replace(String.valueOf(fiscalYear - 1), String.valueOf(fiscalYear));
		return drafting.createFilled(actor, departmentCode, fiscalYear, templateCode,
				new DraftContent(title, MeasureUnit.parse(last.getUnitOfMeasure()), parts));
	}

	// Last year's sentences are not this year's: what is carried forward is not "from the
	// text".
	private static void forgetSources(PartContent part) {
		Consumer<Map<String, CellContent>> forget = cells -> cells.values()
			.stream()
			.filter(Objects::nonNull)
			.forEach(c -> c.setSource(null));
		forget.accept(part.getFields());
		part.getTables().forEach(t -> {
			forget.accept(t.getHeader());
			t.getRows().stream().filter(Objects::nonNull).forEach(r -> forget.accept(r.getCells()));
		});
	}

}
