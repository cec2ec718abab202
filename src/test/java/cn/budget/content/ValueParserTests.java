package cn.budget.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.budget.template.ColumnDefinition;
import cn.budget.template.LocalizedText;
import cn.budget.template.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueParserTests {

	static ColumnDefinition column(ValueType type) {
		return new ColumnDefinition("c", type, new LocalizedText("列", "column"), null, List.of(), null, null, false);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "1,152.90|1152.90", "1,234,567.5|1234567.5", "５９０９|5909", "１２３．４|123.4",
			"１，２３４．５|1234.5", "-902.24|-902.24", "657.2万元|657.2", "0.485|0.485" })
	void amountsAreExactDecimals(String typed, String expected) {
		ValueParser.Result result = ValueParser.parse(column(ValueType.AMOUNT), CellView.of(typed),
				MeasureUnit.WAN_YUAN);
		assertThat(result.ok()).isTrue();
		assertThat(result.value().amount()).isEqualByComparingTo(expected);
		assertThat(result.value().value()).isEqualTo(typed);
		assertThat(result.value().unit()).isEqualTo("万元");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "六百|validation.decimal", "12.3.4|validation.decimal", "74365509.2元|validation.unitMismatch",
					"1.1234567|validation.scale", "12,34|validation.decimalComma", "1,23.4|validation.decimalComma",
					"1234,567|validation.decimalComma", "12，34|validation.decimalComma" })
	void badAmountsAreRefusedWithAReason(String typed, String key) {
		ValueParser.Result result = ValueParser.parse(column(ValueType.AMOUNT), CellView.of(typed),
				MeasureUnit.WAN_YUAN);
		assertThat(result.ok()).isFalse();
		assertThat(result.problem().messageKey()).isEqualTo(key);
	}

	@Test
	void percentagesLieBetweenZeroAndHundred() {
		assertThat(ValueParser.parse(column(ValueType.PERCENT), CellView.of("80%"), null).value().amount())
			.isEqualByComparingTo("80");
		assertThat(ValueParser.parse(column(ValueType.PERCENT), CellView.of("101"), null).problem().messageKey())
			.isEqualTo("validation.percentRange");
	}

	@Test
	void publishedMasksBecomeConfidentialCellsWithoutAValue() {
		CellView masked = ValueParser.parse(column(ValueType.AMOUNT), CellView.of("****"), MeasureUnit.WAN_YUAN)
			.value();
		assertThat(masked.confidential()).isTrue();
		assertThat(masked.amount()).isNull();
	}

	@Test
	void confidentialValuesAreKeptForStaff() {
		CellView kept = ValueParser
			.parse(column(ValueType.AMOUNT), new CellView("12.50", true, null, null, null, null), MeasureUnit.WAN_YUAN)
			.value();
		assertThat(kept.confidential()).isTrue();
		assertThat(kept.amount()).isEqualByComparingTo("12.5");
	}

	@Test
	void datesAreWrittenTheIsoWay() {
		assertThat(ValueParser.parse(column(ValueType.DATE), CellView.of("2019年12月31日"), null).value().value())
			.isEqualTo("2019-12-31");
		assertThat(ValueParser.parse(column(ValueType.DATE), CellView.of("2019-02-30"), null).ok()).isFalse();
	}

	@Test
	void targetsKeepTheTextAndTheParsedParts() {
		CellView target = ValueParser.parse(column(ValueType.TARGET), CellView.of("≤0.5小时"), null).value();
		assertThat(target.value()).isEqualTo("≤0.5小时");
		assertThat(target.comparator()).isEqualTo("≤");
		assertThat(target.amount()).isEqualByComparingTo("0.5");
		assertThat(target.unit()).isEqualTo("小时");
	}

	@Test
	void cellFormatRendersAmountsLikePublishedTables() {
		assertThat(CellView.formatAmount(new java.math.BigDecimal("1152.900000"))).isEqualTo("1,152.90");
		assertThat(CellView.formatAmount(new java.math.BigDecimal("0.485"))).isEqualTo("0.485");
		assertThat(CellView.formatNumber(new java.math.BigDecimal("23278.310000"))).isEqualTo("23,278.31");
	}

}
