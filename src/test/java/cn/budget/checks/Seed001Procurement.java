package cn.budget.checks;

/**
 * Test data transcribed by hand from shared/seeds/001_1e20de4cb34b5e42.txt, 六、政府采购预算情况:
 * the department's procurement table with its 合计, the two 小计 and every line; lines the
 * seed withholds (****) keep their amount masked.
 */
final class Seed001Procurement {

	private Seed001Procurement() {
	}

	static void fill(Docs.Table t) {
		t.unitCode("312")
			.role("TOTAL", "project_name", "合　计", "amount", "1621.00", "fund_general", "1621.00")
			.role("SUBTOTAL", "project_name", "公安局小计", "amount", "761.50", "fund_general", "761.50");
		bureau(t);
		t.role("SUBTOTAL", "project_name", "交警队小计", "amount", "859.50", "fund_general", "859.50");
		traffic(t);
	}

	/** The lines of 公安局小计. */
	private static void bureau(Docs.Table t) {
		line(t, "巡特警应急处突车辆采购", "其他车辆", "A020399", "辆", "3.00", "26.50", "79.50");
		line(t, "********建设f", "操作系统", "A0201080101", "套", "1.00", null, "****");
		line(t, "*****23号", "其他办公设备", "A020299", "套", "1.00", null, "****");
		line(t, "*****处置", "网络监察设备", "A032511", "套", "1.00", null, "****");
		line(t, "物证保全系统建设f", "其他计算机设备及软件", "A020199", "套", "1.00", "20.00", "20.00");
		line(t, "天网工程运行保障费", "基础环境运维服务", "C020601", "次", "197.00", "1.00", "197.00");
		line(t, "天网工程运行保障费", "其他租赁服务", "C0499", "次", "106.00", "1.00", "106.00");
		line(t, "公安网及机房日常维护费", "基础环境运维服务", "C020601", "次", "1.00", "20.00", "20.00");
		line(t, "******22号", "其他政法、检测专用设备", "A032599", "套", "1.00", null, "****");
	}

	/** The lines of 交警队小计. */
	private static void traffic(Docs.Table t) {
		line(t, "交管业务办案支出项目yp", "制服", "A07030101", "批", "1.00", "15.00", "15.00");
		line(t, "交管业务办案支出项目yp", "其他办公设备", "A020299", "批", "1.00", "28.50", "28.50");
		line(t, "交管业务办案支出项目yp", "其他不另分类的物品", "A9999", "批", "1.00", "5.00", "5.00");
		line(t, "交管业务办案支出项目yp", "采购代理服务", "C0817", "次", "1.00", "5.00", "5.00");
		line(t, "交管业务办案支出项目yp", "审计服务", "C0803", "次", "2.00", "2.50", "5.00");
		line(t, "交管设施装备购置经费项目f", "其他服务", "C99", "次", "1.00", "27.00", "27.00");
		line(t, "交管设施装备购置经费项目f", "其他不另分类的物品", "A9999", "批", "1.00", "10.00", "10.00");
		line(t, "交管设施装备购置经费项目f", "交通管理设备", "A032502", "批", "1.00", "15.00", "15.00");
		line(t, "交管设施装备购置经费项目f", "警车", "A02030709", "辆", "2.00", "9.00", "18.00");
		line(t, "******22号交警", "其他不另分类的物品", "A9999", "批", "1.00", null, "****");
		line(t, "******22号交警", "其他服务", "C99", "次", "10.00", null, "****");
		line(t, "******22号交警", "交通管理设备", "A032502", "批", "1.00", null, "****");
		String[][] business = { { "其他不另分类的物品", "A9999", "批", "30.00" }, { "单证印刷服务", "C08140101", "批", "4.00" },
				{ "其他印刷服务", "C08140199", "批", "8.00" }, { "基础电信服务", "C030101", "年", "8.00" },
				{ "邮政服务", "C081901", "年", "1.00" }, { "其他维修和保养服务", "C0599", "年", "110.00" },
				{ "其他服务", "C99", "年", "50.00" }, { "车辆维修和保养服务", "C050301", "年", "10.00" },
				{ "车辆加油服务", "C050302", "年", "15.00" }, { "机动车保险服务", "C15040201", "年", "5.00" },
				{ "其他不另分类的物品", "A9999", "批", "16.00" } };
		for (String[] b : business) {
			line(t, "交管业务费项目f kn", b[0], b[1], b[2], "1.00", b[3], b[3]);
		}
		line(t, "路面科技动态防控工程项目f", "其他电子工程安装", "B060199", "套", "1.00", "430.00", "430.00");
	}

	private static void line(Docs.Table t, String project, String item, String code, String unit, String quantity,
			String price, String amount) {
		t.row("project_name", project, "item_name", item, "catalogue_code", code, "quantity_unit", unit, "quantity",
				quantity, "unit_price", price, "amount", amount, "fund_general", amount);
	}

}
