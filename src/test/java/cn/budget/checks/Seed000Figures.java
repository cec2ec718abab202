package cn.budget.checks;

import cn.budget.disclosure.DisclosureDocument;

/**
 * Test data transcribed by hand from shared/seeds/000_cf6ae51127079c27.txt
 * (赵县公安局2017年部门预算 信息公开): its figures and the sentences that state them, as a drafter
 * would type them in. Where the seed states no table, the table holds what its text
 * states: the project row of part 二 is the sum of the project items the text lists (250 +
 * 70 + 10 + 10 + 115 + 176.4 + 592 + 671 + 688).
 */
final class Seed000Figures {

	static final String OVERVIEW_TEXT = """
			公安局今年收入共计5909万元，其中人员经费2766万元，正常公用经费1152.9万元，巡防处突经费250万元，赵县韩村派出所建设项目经费70万元，城区分局专项经费10万元，行政拘留所专项经费10万元，县域视频联网系统租赁费、电费115万元，其他专项经费176.4万元，上年结转专项经费592万元，上级提前下达专款671万元，交警项目支出688万元。
			与上年相比预算安排有所增加（2016年预算为5884.99万元），主要是人员经费2016年为2202万元，2017年人员经费为2766万元；巡防经费2016年为230万元，2017年为250万元（最低工资标准提高）。项目经费减少500万元（2016年为县域视频联网三期工程500万元）。""";

	static final String THREE_PUBLIC_TEXT = "2017年，财政拨款“三公”经费预算安排203.77万元，其中：因公出国（境）费0万元，公务用车购置及运维费202.46万元（其中：公务用车运行费202.46万元、车辆购置费0元)比去年增加7.37万元，增加原因是车辆老旧，维修费用增加；公务接待费1.31万元，比去年减少0.09万元，减少原因节省开支。 2017年“三公”经费均符合前三年平均数缩减5%的预算要求。";

	private Seed000Figures() {
	}

	static DisclosureDocument document() {
		return Docs.budget(2017, Seed000Figures::dutiesAndOverview, Seed000Figures::operatingFundsAndThreePublic,
				Seed000Figures::performanceAndProcurement, Seed000Figures::assets,
				Seed000Figures::glossaryAndOtherMatters);
	}

	private static void dutiesAndOverview(Docs docs) {
		docs.field("duties", "duties_intro", "部门职责：1、打击防范违法犯罪……8、交管政务管理。")
			.table("duties", "units",
					t -> t.row("name", "赵县公安局", "nature", "行政", "rank", "正科级", "funding", "财政拨款")
						.row("name", "河北省赵县公安交通警察大队", "nature", "行政", "rank", "副科级", "funding", "财政拨款"))
			.table("overview", "budget_overview",
					t -> t.fixed("revenue_total", "current", "5909", "previous", "5884.99")
						.fixed("expenditure_total", "current", "5909", "previous", "5884.99")
						.fixed("personnel", "current", "2766", "previous", "2202")
						.fixed("public_operating", "current", "1152.9")
						.fixed("project", "current", "2582.4", "change", "-500", "reason", "2016年为县域视频联网三期工程500万元"))
			.field("overview", "overview_text", OVERVIEW_TEXT);
	}

	private static void operatingFundsAndThreePublic(Docs docs) {
		docs.field("operating_funds", "operating_funds_amount", "1152.9")
			.field("operating_funds", "operating_funds_text",
					"日常公用经费1152.9万元，主要用于保证机关、派出所、刑警、看守所等正常运转的办公及印刷费、邮电费、差旅费等支出。")
			.table("three_public", "three_public",
					t -> t.fixed("total", "current", "203.77")
						.fixed("overseas", "current", "0")
						.fixed("vehicles", "current", "202.46", "change", "7.37", "reason", "车辆老旧，维修费用增加")
						.fixed("vehicle_purchase", "current", "0")
						.fixed("vehicle_operation", "current", "202.46")
						.fixed("reception", "current", "1.31", "change", "-0.09", "reason", "节省开支"))
			.field("three_public", "three_public_text", THREE_PUBLIC_TEXT);
	}

	private static void performanceAndProcurement(Docs docs) {
		docs.table("performance", "duty_activities", Seed000Figures::duties)
			.field("procurement", "procurement_text", "2017年公安局政府采购预算金额为485万元、交警安排政府采购预算659万元。")
			.table("procurement", "procurement_items", Seed000Figures::bureauProcurement)
			.table("procurement", "procurement_items", Seed000Figures::trafficProcurement);
	}

	private static void assets(Docs docs) {
		docs.field("assets", "assets_text",
				"2016年国有资产总额为：74365509.2元，2017年拟购置国有资产370万元（政府采购预算表付详情）。截止到2016年12月31日，交警大队国有资产总额为853.46万元。")
			.table("assets", "asset_holdings",
					t -> t.unit("元")
						.header("as_of", "2016-12-31", "preparer", "赵县公安局")
						.fixed("total", "value", "74365509.2")
						.fixed("buildings", "quantity", "27942", "value", "26879217.05")
						.fixed("vehicles", "quantity", "68", "value", "5220700")
						.fixed("other", "value", "42265592.15"))
			.table("assets", "asset_holdings",
					t -> t.header("as_of", "2016-12-31", "preparer", "赵县交警大队")
						.fixed("total", "value", "853.46")
						.fixed("buildings", "quantity", "777.95", "value", "107.28")
						.fixed("vehicles", "quantity", "16", "value", "171.17")
						.fixed("other", "value", "575"))
			.table("assets", "planned_assets",
					t -> t.row("unit_name", "赵县公安局", "amount", "370").row("unit_name", "赵县交警大队", "amount", "349"));
	}

	private static void glossaryAndOtherMatters(Docs docs) {
		docs.field("glossary", "glossary_text", "无相关专业性较强的名词进行解释。").field("other_matters", "other_text", "无其他需要说明的事项。");
	}

	/** 部门职责-工作活动绩效目标 (312赵县公安局), the duties whose budgets or gradings the checks read. */
	private static void duties(Docs.Table t) {
		t.level(0, "name", "维护国家安全和社会稳定", "budget", "30.00")
			.level(1, "name", "**", "content", "**")
			.level(1, "name", "经济犯罪", "content", "积极完成打击资助恐怖主义活动犯罪。")
			.level(1, "name", "协调维护社会稳定和国家安全。", "budget", "30.00", "indicator", "1、协调督导事项化解率。", "excellent", "85%",
					"good", "75%", "fair", "65%", "poor", "55%以下")
			.level(0, "name", "社会面防控", "budget", "730.00")
			.level(1, "name", "巡逻防控", "budget", "230.00", "indicator", "“两抢一盗”案件降低率及其它任务的完场情况", "excellent", "80%及以上",
					"good", "60%及以上", "fair", "40%及以上", "poor", "40%以下")
			.level(1, "name", "人口及户籍管理", "indicator", "废品率。", "excellent", "0.3‰", "good", "0.4‰", "fair", "0.5‰",
					"poor", "0.5‰以上")
			.level(1, "name", "治安管理", "budget", "500.00", "indicator", "群体性事件成功处置率。", "excellent", "100%", "good",
					"90%", "fair", "80%", "poor", "80%")
			.level(0, "name", "公安科学技术建设", "budget", "409.00")
			.level(1, "name", "刑事科学技术", "indicator", "现场勘察率。", "excellent", "70%", "good", "60%", "fair", "50%", "poor",
					"40%以下")
			.level(1, "name", "**", "budget", "409.00", "content", "**")
			.level(0, "name", "公安政务管理化解涉法涉诉信访")
			.level(1, "name", "综合事务管理", "indicator", "负面舆情事件发生率。", "excellent", "100%", "good", "80%", "fair", "60%",
					"poor", "60%以下")
			.level(0, "name", "道路交通管理", "budget", "109.00")
			.level(1, "name", "道路交通秩序管理", "budget", "59.00")
			.level(1, "name", "道路交通事故处理与预防", "budget", "50.00", "indicator", "交通事故下降率", "excellent", "0.2", "good",
					"0.15", "fair", "0.1", "poor", "不足10％")
			.level(1, "indicator", "事故处理办结率", "excellent", "1", "good", "80%以上", "fair", "0%以上", "poor", "低于50％")
			.level(0, "name", "车辆和驾驶人管理", "budget", "600.00")
			.level(1, "name", "基础设施建设", "budget", "600.00");
	}

	private static void bureauProcurement(Docs.Table t) {
		t.role("TOTAL", "project_name", "合　计", "amount", "485.00", "fund_general", "485.00")
			.role("SUBTOTAL", "project_name", "赵县公安局小计", "amount", "485.00", "fund_general", "485.00")
			.row("project_name", "县域视频联网系统租赁费、电费", "project_budget", "115.00", "item_name", "服务类", "catalogue_code",
					"C0206", "quantity", "1", "unit_price", "115.00", "amount", "115.00", "fund_general", "115.00")
			.row("project_name", "赵县韩村派出所建设项目", "project_budget", "70.00", "item_name", "建筑物施工", "catalogue_code",
					"B01", "quantity", "1", "unit_price", "70.00", "amount", "70.00", "fund_general", "70.00")
			.row("project_name", "关于下达2017年中央政法转移支付资金的通知", "project_budget", "300.00", "item_name", "货物",
					"catalogue_code", "A", "quantity", "1", "unit_price", "300.00", "amount", "300.00", "fund_general",
					"300.00");
	}

	/** 交警政府采购预算情况: 659万元 in two groups of lines. */
	private static void trafficProcurement(Docs.Table t) {
		t.role("TOTAL", "project_name", "赵县", "amount", "659").role("GROUP", "item_name", "一、专用技术装备");
		String[][] lines = { { "1、道路交通技术监控设备", "1", "160", "160" }, { "2、卡口及高清智能电子警察卡口违法抓拍系统", "1", "60", "60" },
				{ "3.车管所业务大厅基础设施建设及装修费", "1", "310", "310" }, { "4.交通道路施划费", "1", "60", "60" },
				{ "5.事故处理大厅装修改造", "1", "40", "40" }, null, { "照片打印机 爱普生330", "1", "0.21", "0.21" },
				{ "照相机 索尼RX100", "9", "0.29", "2.61" }, { "事故勘察箱", "9", "0.16", "1.44" },
				{ "电脑 联想T4900C", "4", "0.485", "1.94" }, { "电子屏 室内Q4-20扫 全彩", "1", "8.918", "8.92" },
				{ "工位屏 室内Q6-4单色", "9", "0.12", "1.08" }, { "执法仪 DSJ-IV4", "30", "0.18", "5.4" },
				{ "单警装备", "30", "0.036", "1.08" }, { "摩托车 GR150J", "4", "1.58", "6.32" } };
		for (String[] line : lines) {
			if (line == null) {
				t.role("GROUP", "item_name", "二、业务装备购置计划");
				continue;
			}
			t.row("item_name", line[0], "quantity", line[1], "unit_price", line[2], "amount", line[3]);
		}
	}

}
