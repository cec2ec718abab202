package cn.budget.identity;

import java.nio.charset.StandardCharsets;

import cn.budget.disclosure.DisclosureUpdate;
import cn.budget.content.MeasureUnit;
import cn.budget.disclosure.PartContent;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * What the route table sends: bodies, form fields and uploads that an allowed caller's
 * request succeeds with, on the resources of {@link RouteFixtures}.
 */
final class RouteRequests {

	private RouteRequests() {
	}

	/** A PUT of the draft: a new text of its organisation, with the current version. */
	static String draftUpdate(RouteFixtures f) throws Exception {
		DisclosureUpdate update = new DisclosureUpdate();
		update.setVersion(f.draftVersion());
		PartContent duties = new PartContent("duties");
		duties.field("organisation").setValue(f.bodies().newText("内设机构：办公室、指挥中心"));
		update.getParts().add(duties);
		return f.bodies().json(update);
	}

	/** A new disclosure of 312 for a free year and template. */
	static String newDisclosure(RouteFixtures f) {
		FreeSlots.Slot slot = f.freeSlot();
		return "{\"departmentCode\":\"312\",\"fiscalYear\":%d,\"template\":\"%s\"}".formatted(slot.year(),
				slot.template());
	}

	static MockHttpServletRequestBuilder newDisclosureForm(RouteFixtures f, MockHttpServletRequestBuilder request) {
		FreeSlots.Slot slot = f.freeSlot();
		return request.param("departmentCode", "312")
			.param("fiscalYear", String.valueOf(slot.year()))
			.param("template", slot.template())
			.param("unitOfMeasure", MeasureUnit.WAN_YUAN.label());
	}

	/** A new round of 312 for a free year and template. */
	static String newRound(RouteFixtures f) {
		FreeSlots.Slot slot = f.freeSlot();
		return "{\"fiscalYear\":%d,\"template\":\"%s\",\"approvalDate\":\"2026-03-02\",\"departmentCodes\":[\"312\"]}"
			.formatted(slot.year(), slot.template());
	}

	static MockHttpServletRequestBuilder newRoundForm(RouteFixtures f, MockHttpServletRequestBuilder request) {
		FreeSlots.Slot slot = f.freeSlot();
		return request.param("fiscalYear", String.valueOf(slot.year()))
			.param("template", slot.template())
			.param("approvalDate", "2026-03-02")
			.param("departmentCodes", "312");
	}

	/**
	 * Last year's disclosure carried into a free year; with nothing published that year
	 * the page says so (a redirect back to the import page), as it does for anyone
	 * allowed to ask.
	 */
	static MockHttpServletRequestBuilder copyForward(RouteFixtures f, MockHttpServletRequestBuilder request) {
		FreeSlots.Slot slot = f.freeSlot();
		return request.param("departmentCode", "312")
			.param("fiscalYear", String.valueOf(slot.year()))
			.param("template", slot.template());
	}

	/** A text of a budget disclosure imported into the draft. */
	static MockHttpServletRequestBuilder importIntoDraft(RouteFixtures f,
			MockMultipartHttpServletRequestBuilder request) {
		byte[] text = "县公安局部门预算信息公开\n一、部门职责及机构设置情况\n1、维护社会治安。\n".getBytes(StandardCharsets.UTF_8);
		return request.file(new MockMultipartFile("file", "budget.txt", "text/plain", text))
			.param("disclosureId", String.valueOf(f.draft()));
	}

	/** The empty Excel template of the 三公 table, uploaded into the draft. */
	static MockHttpServletRequestBuilder tableIntoDraft(RouteFixtures f, MockMultipartHttpServletRequestBuilder request)
			throws Exception {
		return request.file(new MockMultipartFile("file", "three_public.xlsx", null, f.bodies().tableTemplate()))
			.param("disclosureId", String.valueOf(f.draft()))
			.param("tableKey", "three_public");
	}

	/**
	 * A dry run of a CSV naming 县公安局 as it is: allowed callers get its report, nothing
	 * changes.
	 */
	static MockHttpServletRequestBuilder organisationImport(MockMultipartHttpServletRequestBuilder request) {
		byte[] csv = "编码,名称\n312,县公安局\n".getBytes(StandardCharsets.UTF_8);
		return request.file(new MockMultipartFile("file", "units.csv", "text/csv", csv)).param("dryRun", "true");
	}

}
