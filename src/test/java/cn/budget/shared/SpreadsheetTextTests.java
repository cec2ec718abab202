package cn.budget.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\",\"y\")", "=1+1", "+1+1", "-1+1", "@SUM(1+1)", "\t=1+1", "\r=1+1",
			"-", "--", "+" })
	void whatASpreadsheetWouldEvaluateIsShownAsText(String text) {
		assertThat(SpreadsheetText.safe(text)).isEqualTo(text.equals("-") ? "-" : "'" + text);
	}

	@ParameterizedTest
	@ValueSource(strings = { "-902.24", "+5", "0", "1234.5", "县公安局", "收入总计", "" })
	void numbersAndOrdinaryTextStayAsTheyAre(String text) {
		assertThat(SpreadsheetText.safe(text)).isEqualTo(text);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "=1+1|'=1+1", "a,b|\"a,b\"",
					"`=HYPERLINK(\"http://x\",\"y\")`|`\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"`", "-902.24|-902.24",
					"`say \"hi\"`|`\"say \"\"hi\"\"\"`" })
	void csvFieldsAreNeutralisedThenQuoted(String value, String field) {
		assertThat(SpreadsheetText.csvField(value)).isEqualTo(field);
	}

}
