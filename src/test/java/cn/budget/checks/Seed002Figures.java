package cn.budget.checks;

import cn.budget.disclosure.DisclosureDocument;

/**
 * Test data transcribed by hand from shared/seeds/002_5e6c736350775b7c.txt
 * (魏县公安局2020年部门预算 公开): its figures and the sentences that state them, as a drafter would
 * type them in. The seed has no overview table: the table holds what part 二's text
 * states, the changes included.
 */
final class Seed002Figures {

	static final String OVERVIEW_TEXT = """
			按照预算管理有关规定，目前我县部门预算的编制实行综合预算制度，即全部收入和支出都反映的预算中。
			1、收入说明：2020年收入预算共计10982.38万元，全部为财政拨款收入。
			2、支出说明：2020年支出预算共计10982.38万元，其中人员经费支出预算4051.3万元，日常公用经费支出预算770万元，项目支出6161.08万元。
			3、比上年增减情况：经过对比测算，2020年财政拨款预算比2019年增加1586.57万元，主要是：人员经费增加504.78万元(人员经费增长的主要因素为正常的晋职增资)、日常公用经费增加200万元、项目经费减少881.78万元。人员及公用经费增加的主要原因是警力增加相应增加预算安排，项目经费增加主要原因是“天网工程”项目增加投入。""";

	static final String THREE_PUBLIC_TEXT = "2020年，财政拨款“三公”经费预算安排69.3万元，其中因公出国(境)费0万元；公务用车购置及运维费68.5万元(其中：公务用车购置费为0万元，公务用车运行费68.5万元)；公务接待费0.8万元。与2019年相比，因公出国(境)费没有变动，与去年持平，原是我单位根据业务需要未安排相关经费；公务用车运行费没有变动，与去年持平，原因是公车改革后，单位公务用车运行费已降至最低，已没有压缩空间；公务接待费没有变动，与去年持平，原因是我单位根据单位业务需要，按照有关要求，强化“三公”经费管理，根据工作需要，未再对相关经费进行压减。。";

	private Seed002Figures() {
	}

	static DisclosureDocument document() {
		return Docs.budget(2020, Seed002Figures::dutiesAndOverview, Seed002Figures::operatingFundsAndThreePublic,
				Seed002Figures::performanceProcurementAndAssets);
	}

	private static void dutiesAndOverview(Docs docs) {
		docs.field("duties", "duties_intro", "部门职责：1、根据县委、县政府和上级公安机关的指示、组织、部署全县的公安工作。")
			.field("duties", "organisation", "4个内设机构：政工监督室、警务保障室、法制大队、行政审批科，8个执法勤务机构……21个派出所及2个监管场所看完所、拘留所。")
			.table("overview", "budget_overview",
					t -> t.fixed("revenue_total", "current", "10982.38", "change", "1586.57")
						.fixed("revenue_general", "current", "10982.38")
						.fixed("expenditure_total", "current", "10982.38", "change", "1586.57")
						.fixed("personnel", "current", "4051.3", "change", "504.78", "reason", "正常的晋职增资")
						.fixed("public_operating", "current", "770", "change", "200", "reason", "警力增加相应增加预算安排")
						.fixed("project", "current", "6161.08", "change", "-881.78"))
			.field("overview", "overview_text", OVERVIEW_TEXT);
	}

	private static void operatingFundsAndThreePublic(Docs docs) {
		docs.field("operating_funds", "operating_funds_amount", "770")
			.field("operating_funds", "operating_funds_text",
					"机关运行经费共计安排770万元，主要用于保证正常办公的基本需要和维持单位日常业务运转，包括：办公费、邮电费、差旅费、福利费、手续费、公务接待费、工会经费、公务用车运行维护费和离退休干部经费。")
			.table("three_public", "three_public",
					t -> t.fixed("total", "current", "69.3", "change", "0")
						.fixed("overseas", "current", "0", "change", "0", "reason", "根据业务需要未安排相关经费")
						.fixed("vehicles", "current", "68.5", "change", "0")
						.fixed("vehicle_purchase", "current", "0")
						.fixed("vehicle_operation", "current", "68.5", "change", "0", "reason", "公车改革后已没有压缩空间")
						.fixed("reception", "current", "0.8", "change", "0", "reason", "强化“三公”经费管理"))
			.field("three_public", "three_public_text", THREE_PUBLIC_TEXT);
	}

	private static void performanceProcurementAndAssets(Docs docs) {
		docs.field("performance", "overall_goal", "认真贯彻党的十九大精神……为新时代全面建设富强美丽魏县做出新贡献。")
			.table("performance", "duty_activities", Seed002Figures::duties)
			.field("procurement", "procurement_total", "355")
			.field("procurement", "procurement_text", "本部门2020年度政府采购“男性家族排查系统”建设和“物证保全系统”建设共计355万元。")
			.field("assets", "assets_text",
					"上年末固定资产金额为7811.40万元，其中：房屋建筑物16493.06平方米，账面价值1231.94万元；汽车114辆，账面价值1045.86万元；其他固定资产账面价值5533.6万元。我单位本年拟购置“男性家族排查系统”建设和“物证保全系统”建设共计355万元。")
			.table("assets", "asset_holdings",
					t -> t.fixed("total", "value", "7811.40")
						.fixed("buildings", "quantity", "16493.06", "value", "1231.94")
						.fixed("vehicles", "quantity", "114", "value", "1045.86")
						.fixed("other", "value", "5533.6"))
			.field("assets", "planned_assets_total", "355")
			.table("glossary", "glossary", t -> t.row("term", "一般共预算拨款收入", "definition", "指县级财政当年拨付的资金。"))
			.field("other_matters", "other_text", "无其他特别说明事项。");
	}

	/** 部门职责-工作活动绩效目标 (单位：万元; the seed states no budgets), two of its duties. */
	private static void duties(Docs.Table t) {
		t.level(0, "name", "一、维护国家安全", "content", "预防打击危害国家安全和县级社会稳定的案件及事件。")
			.level(1, "name", "1、国内安全保卫", "indicator", "重大案件（事件）破案率（化解率）", "excellent", "≥60%", "good", "≥55%", "fair",
					"≥45%", "poor", "＜45%")
			.level(1, "indicator", "重点人、重点阵地控制率", "excellent", "≥95%", "good", "≥80%", "fair", "≥60%", "poor", "＜60%")
			.level(0, "name", "四、羁押监管", "content", "加强公安监管场所业务工作及在押人员的监管教育、安全防范工作。")
			.level(1, "name", "1、羁押监管", "indicator", "安全事故发生逐年降低率", "excellent", "≦5%", "good", "≦7%", "fair", "≦8%",
					"poor", "﹥8%")
			.level(1, "indicator", "与全省平均水平相比程度持平", "excellent", "≦5%", "good", "≦7%", "fair", "≦8%", "poor", "﹥8%");
	}

}
