package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.List;

import cn.budget.content.DisclosureContent;

/**
 * Test data: a whole disclosure modelled on seed 001 (平乡县公安局 2020), with every part and
 * every kind of table of the budget template, and confidential cells.
 */
public final class Disclosures {

	private Disclosures() {
	}

	/**
	 * The API's document of a read view (the same JSON), for tests that read and post
	 * back documents as the API's clients do.
	 */
	public static DisclosureDocument document(DisclosureContent view) {
		return ContentInputs.document(view);
	}

	/** Every part of the budget template filled in, for a freshly created disclosure. */
	public static DisclosureUpdate wholeBudgetDisclosure(DisclosureContent created) {
		return wholeBudgetDisclosure(document(created));
	}

	/** Every part of the budget template filled in, for a freshly created disclosure. */
	public static DisclosureUpdate wholeBudgetDisclosure(DisclosureDocument created) {
		DisclosureUpdate update = new DisclosureUpdate();
		update.setVersion(created.getVersion());
		List<PartContent> parts = new ArrayList<>();
		parts.add(duties());
		parts.add(overview());
		parts.add(part("operating_funds").field("operating_funds_amount", "657.20")
			.field("operating_funds_text", "主要用于保证机关正常运转的办公费、印刷费、邮电费、差旅费等支出。")
			.build());
		parts.add(threePublic());
		parts.add(performance());
		parts.add(procurement());
		parts.add(assets());
		parts.add(
				part("glossary")
					.table(table("glossary").row("term", "基本支出", "definition", "指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。")
						.row("term", "项目支出", "definition", "指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。"))
					.build());
		parts.add(part("other_matters").field("other_text", "我部门无其他需要说明的事项。").build());
		if (!"312".equals(created.getDepartmentCode())) {
			// The units of 县公安局 belong to it alone; elsewhere the tables are the
			// department's.
			parts.forEach(p -> p.getTables().forEach(t -> t.setUnitCode(null)));
		}
		update.setParts(parts);
		return update;
	}

	static PartContent duties() {
		return part("duties").field("duties_intro", "根据《公安局职能配置、内设机构和人员编制规定》，公安局的主要职责是：")
			.table(table("duty_items").row("text", "（一）掌握影响稳定、危害国内安全和社会治安的情况，分析形势，制定政策。")
				.row("text", "（二）预防、制止和查处违法犯罪活动，负责经济犯罪案件的侦破工作。"))
			.field("organisation", "机构设置：部门机构设置情况见下表。")
			.table(table("units").row("name", "平乡县公安局", "nature", "行政", "rank", "正科级", "funding", "财政拨款")
				.row("name", "平乡县公安局交通警察大队", "nature", "行政", "rank", "正科级", "funding", "财政拨款")
				.row("name", "平乡县看守所", "nature", "行政", "rank", "股级", "funding", "财政拨款"))
			.build();
	}

	static PartContent overview() {
		TableBuilder overview = table("budget_overview").fixed("revenue_total", "item", "收入总计", "current", "8319.42",
				"previous", "9221.66", "change", "-902.24", "reason", "主要是比上年减少基础建设项目支出。");
		overview.fixed("revenue_general", "item", "一般公共预算拨款", "current", "8319.42");
		overview.fixed("revenue_fund", "item", "政府性基金预算拨款", "current", "0");
		overview.fixed("expenditure_total", "item", "支出总计", "current", "8319.42", "previous", "9221.66");
		overview.fixed("basic", "item", "基本支出", "current", "4529.49", "change", "609.16", "reason", "按政策调整人员经费和日常公用经费");
		overview.fixed("personnel", "item", "人员经费", "current", "3872.29");
		overview.fixed("public_operating", "item", "日常公用经费", "current", "657.20");
		overview.fixed("project", "item", "项目支出", "current", "3789.93", "change", "-1511.40", "reason",
				"比上年减少基础建设项目支出");
		return part("overview").table(overview).field("overview_text", "2020年预算收入8319.42万元，较2019年减少902.24万元。").build();
	}

	static PartContent threePublic() {
		TableBuilder t = table("three_public").fixed("total", "item", "合计", "current", "55.05", "change", "10.00",
				"reason", "交警大队计划新增两辆执法执勤用车");
		t.fixed("overseas", "item", "因公出国（境）费", "current", "0");
		t.fixed("vehicles", "item", "公务用车购置及运维费", "current", "53.60");
		t.fixed("vehicle_purchase", "item", "公务用车购置费", "current", "18.00");
		t.fixed("vehicle_operation", "item", "公务用车运行维护费", "current", "35.60");
		t.fixed("reception", "item", "公务接待费", "current", "1.45");
		return part("three_public").table(t).field("three_public_text", "“三公”经费比上年增加10万元。").build();
	}

	static PartContent performance() {
		TableBuilder project = project();
		TableBuilder traffic = table("project_performance").unit("312006")
			.header("project_code", "2040220", "project_name", "交管业务费项目", "budget_total", "410.00")
			.row("level1", "产出指标", "level2", "时效指标", "name", "交通事故处置及时性（分钟）", "description", "及时调度、指挥处置交通突发事件的平均时间",
					"target", "≤45分钟", "basis", "交管工作考核办法");
		TableBuilder duties = table("duty_activities").unit("312001")
			.levelRow(0, "name", "维护国家安全和社会稳定", "budget", "30.00", "content", "预防打击危害国家安全的案件及事件。", "goal",
					"维护国家安全和政治稳定。")
			.levelRow(1, "name", "协调维护社会稳定和国家安全", "budget", "30.00", "content", "化解影响社会稳定的重大不稳定隐患。", "goal",
					"有效化解不稳定隐患", "indicator", "协调督导事项化解率", "excellent", "85%", "good", "75%", "fair", "65%", "poor",
					"55%以下");
		return part("performance").field("overall_goal", "以习近平新时代中国特色社会主义思想为指导，确保扫黑除恶专项斗争取得全面胜利。")
			.table(table("duty_goals").row("title", "预防和打击危害国家安全行为", "goal", "及时发现情报线索。", "indicators",
					"发现核查情报线索要比去年同期增长20%。"))
			.table(table("safeguards").row("text", "1、强化“纪律意识”。").row("text", "2、强化“节约意识”。"))
			.table(project)
			.table(traffic)
			.table(duties)
			.build();
	}

	/** 312001's project table; its last row's description is confidential. */
	private static TableBuilder project() {
		TableBuilder project = table("project_performance").unit("312001")
			.header("project_code", "451-0401-YZN-Y5U1", "project_name", "110报警专线及视频调度指挥维保费", "budget_total", "85.00",
					"fiscal_funds", "85.00", "fiscal_own", "85.00", "purpose", "报警专线及视频调度系统维护", "plan_march", "25",
					"plan_june", "50", "plan_october", "80", "plan_december", "100", "goals",
					"1、顺利完成公安机关的指挥调度工作。\n2、保证全年指挥调度系统正常运行。")
			.row("level1", "产出指标", "level2", "质量指标", "name", "安全性", "description", "视频调度系统的使用是否符合安全的要求", "target",
					"≥95百分比", "basis", "指挥中心考核办法")
			.row("level1", "效果指标", "level2", "社会效益指标", "name", "系统故障率(％)", "description", "(系统出故障时间÷总运行时间)×100％",
					"target", "≤3百分比", "basis", "指挥中心考核办法")
			.row("level1", "满意度指标", "level2", "服务对象满意度指标", "name", "上级公安机关满意度", "description", "全市排名", "target", "前8名",
					"basis", "内部考核");
		project.lastRow().cell("description").setConfidential(true);
		return project;
	}

	static PartContent procurement() {
		TableBuilder items = table("procurement_items").unit("312001")
			.roleRow("TOTAL", "project_name", "合　计", "amount", "1621.00", "fund_general", "1621.00")
			.roleRow("SUBTOTAL", "project_name", "公安局小计", "amount", "761.50", "fund_general", "761.50")
			.row("project_name", "巡特警应急处突车辆采购", "project_budget", "79.50", "item_name", "其他车辆", "catalogue_code",
					"A020399", "quantity_unit", "辆", "quantity", "3.00", "unit_price", "26.50", "amount", "79.50",
					"fund_general", "79.50")
			.row("project_name", "天网工程运行保障费", "project_budget", "328.00", "item_name", "基础环境运维服务", "catalogue_code",
					"C020601", "quantity_unit", "次", "quantity", "197.00", "unit_price", "1.00", "amount", "197.00",
					"fund_general", "197.00");
		items.row("project_name", "网络安全管理及互联网舆情监控处置", "item_name", "网络监察设备", "catalogue_code", "A032511",
				"quantity_unit", "套", "quantity", "1.00");
		items.lastRow().cell("amount").setConfidential(true);
		return part("procurement").field("procurement_total", "1621.00")
			.field("procurement_text", "2020年，我部门安排政府采购预算1621万元，其中：公安局小计761.5万元；交警队小计859.5万元。")
			.table(items)
			.build();
	}

	static PartContent assets() {
		TableBuilder holdings = table("asset_holdings").unit("312001")
			.header("as_of", "2019-12-31", "preparer", "公安部门");
		holdings.fixed("total", "item", "资产总额", "value", "6811.69");
		holdings.fixed("buildings", "item", "房屋（平方米）", "quantity", "23278.31", "value", "2781.26");
		holdings.fixed("buildings_office", "item", "其中：办公用房（平方米）", "quantity", "23278.31", "value", "2781.26");
		holdings.fixed("vehicles", "item", "车辆（台、辆）", "quantity", "38", "value", "378.80");
		holdings.fixed("equipment", "item", "单价在20万元以上设备", "value", "523.59");
		holdings.fixed("other", "item", "其他固定资产", "value", "3128.04");
		return part("assets").field("assets_text", "公安部门上年末固定资产金额为6811.69万元。")
			.table(holdings)
			.field("planned_assets_total", "1794.50")
			.table(table("planned_assets").row("unit_name", "公安局", "amount", "761.50")
				.row("unit_name", "交警队", "amount", "516.50"))
			.build();
	}

	static PartBuilder part(String key) {
		return new PartBuilder(key);
	}

	static TableBuilder table(String key) {
		return new TableBuilder(key);
	}

}
