package cn.budget.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TargetValueTests {

	@ParameterizedTest(name = "{0} -> {1} {2} {3}")
	@CsvSource(delimiter = '|', value = { "≥95%|≥|95|%", "≥95百分比|≥|95|%", "≤0.5小时|≤|0.5|小时", "=240个|=|240|个",
			"≥3000副|≥|3000|副", "80%以上|≥|80|%", "80%及以上|≥|80|%", "50%（含）以上|≥|50|%", "60%以下|≤|60|%", "低于50%|<|50|%",
			"不足30％|<|30|%", "＜45%|<|45|%", "≦5%|≤|5|%", "﹥8%|>|8|%", ">99.9%|>|99.9|%", "不低于90%|≥|90|%", "不高于千分之五|||",
			"0.3‰||0.3|‰", "102人||102|人", "≥11月|≥|11|月", "≤45分钟|≤|45|分钟", "60以上%|≥|60|%", "前8名|≤|8|名", "全市前3名|≤|3|名" })
	void parsesComparatorNumberAndUnit(String written, String comparator, String number, String unit) {
		TargetValue target = TargetValue.parse(written);
		assertThat(target.text()).isEqualTo(written);
		assertThat(target.comparator()).isEqualTo(comparator);
		if (number == null) {
			assertThat(target.number()).isNull();
			assertThat(target.kind()).isEqualTo(TargetValue.Kind.TEXT);
		}
		else {
			assertThat(target.number()).isEqualByComparingTo(number);
			assertThat(target.unit()).isEqualTo(unit);
			assertThat(target.kind()).isEqualTo(TargetValue.Kind.NUMERIC);
		}
	}

	@ParameterizedTest
	@CsvSource({ "稳步提升", "无差评", "满意", "90%-100%", "2—3个", "每年4次", "维护社会稳定" })
	void keepsAnythingElseAsText(String written) {
		TargetValue target = TargetValue.parse(written);
		assertThat(target.kind()).isEqualTo(TargetValue.Kind.TEXT);
		assertThat(target.text()).isEqualTo(written);
	}

	@Test
	void readsDeadlines() {
		assertThat(TargetValue.parse("2022年6月底前").date()).isEqualTo(LocalDate.of(2022, 6, 30));
		assertThat(TargetValue.parse("2022年6月底前").comparator()).isEqualTo("≤");
		assertThat(TargetValue.parse("2026年3月15日前").date()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(TargetValue.parse("2026年13月底前").kind()).isEqualTo(TargetValue.Kind.TEXT);
	}

	@ParameterizedTest(name = "{0} -> {1} {2}")
	@CsvSource(delimiter = '|',
			value = { "10月底|0001-10-31|≤", "10月底前|0001-10-31|≤", "12月底|0001-12-31|≤", "6月30日前|0001-06-30|≤",
					"11月中旬|0001-11-20|≤", "第三季度|0001-09-30|≤", "三季度末|0001-09-30|≤", "上半年|0001-06-30|≤",
					"年底前|0001-12-31|≤", "2022年12月|2022-12-31|≤", "2022年第二季度|2022-06-30|≤", "不晚于10月底|0001-10-31|≤" })
	void readsMonthsAndPeriodsAsDates(String written, String date, String comparator) {
		TargetValue target = TargetValue.parse(written);
		assertThat(target.kind()).isEqualTo(TargetValue.Kind.DATE);
		assertThat(target.date()).isEqualTo(LocalDate.parse(date));
		assertThat(target.comparator()).isEqualTo(comparator);
		assertThat(target.number()).isNull();
	}

	@Test
	void tenMonthsEndIsEarlierThanTwelveNotANumber() {
		assertThat(TargetValue.parse("10月底").date()).isBefore(TargetValue.parse("12月底").date());
		assertThat(TargetValue.parse("≥11月").kind()).isEqualTo(TargetValue.Kind.NUMERIC);
	}

	@Test
	void blankIsNothing() {
		assertThat(TargetValue.parse("  ")).isNull();
		assertThat(TargetValue.parse(null)).isNull();
	}

}
