package cn.budget.identity.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.budget.identity.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Reading organisation files: tolerant headers, sheets told apart, CSV quoting and
 * encodings, the row numbers a spreadsheet shows, and the role names a finance bureau
 * writes.
 */
class OrganisationFileTests {

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', value = { "编码|CODE", " 单位编码（必填） |CODE", "*名称|NAME", "上级编码(可空)|PARENT",
			"Parent Code|PARENT", "parent_code|PARENT", "经费形式|FUNDING", "ｃｏｄｅ|CODE", "状　态|UNIT_STATUS" })
	void unitHeadersAreMatchedTolerantly(String header, Column column) {
		assertThat(Column.of(ImportSheet.UNITS, header)).contains(column);
	}

	@Test
	void theSameHeaderMeansWhatItsSheetSays() {
		assertThat(Column.of(ImportSheet.PEOPLE, "单位编码")).contains(Column.UNIT);
		assertThat(Column.of(ImportSheet.UNITS, "单位编码")).contains(Column.CODE);
		assertThat(Column.of(ImportSheet.PEOPLE, "E-mail")).contains(Column.EMAIL);
	}

	@Test
	void aCsvIsTheSheetItsHeaderNames() {
		SheetTable people = CsvSheet
			.read("用户名,姓名,角色,单位编码\r\n\"li,si\",\"李\"\"四\"\"\",填报员,312001\r\n\r\nwang,王五,DRAFTER,312001"
				.getBytes(StandardCharsets.UTF_8));
		assertThat(people.sheet()).isEqualTo(ImportSheet.PEOPLE);
		assertThat(people.rows()).extracting(SheetTable.Row::number).containsExactly(2, 4);
		assertThat(people.rows().get(0).get(Column.USERNAME)).isEqualTo("li,si");
		assertThat(people.rows().get(0).get(Column.DISPLAY_NAME)).isEqualTo("李\"四\"");
		SheetTable units = CsvSheet.read("编码\t名称\n312\t县公安局\n".getBytes(StandardCharsets.UTF_8));
		assertThat(units.sheet()).isEqualTo(ImportSheet.UNITS);
		assertThat(units.rows().get(0).get(Column.NAME)).isEqualTo("县公安局");
	}

	@Test
	void gb18030AndUtf8WithOrWithoutAByteOrderMarkAreRecognised() {
		String text = "编码,名称\n312,县公安局\n";
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[utf8.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(utf8, 0, bom, 3, utf8.length);
		for (byte[] bytes : List.of(utf8, bom, text.getBytes(Charset.forName("GB18030")))) {
			assertThat(CsvSheet.decode(bytes)).isEqualTo(text);
		}
	}

	@Test
	void whatIsNotASpreadsheetIsRefusedWithAReason() {
		assertThatThrownBy(() -> OrganisationFile
			.read(List.of(new OrganisationFile.Upload("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)))))
			.isInstanceOfSatisfying(ImportRefusedException.class,
					e -> assertThat(e.messageKey()).isEqualTo("orgImport.notSpreadsheet"));
		assertThatThrownBy(() -> OrganisationFile.read(List.of(new OrganisationFile.Upload("a.csv", new byte[0]))))
			.isInstanceOfSatisfying(ImportRefusedException.class,
					e -> assertThat(e.messageKey()).isEqualTo("orgImport.empty"));
		assertThatThrownBy(() -> CsvSheet.read("用户名,姓名\nli,李\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(ImportRefusedException.class,
					e -> assertThat(e.args()).containsExactly("人员", "角色"));
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "DRAFTER, DRAFTER", "drafter, DRAFTER", "填报员, DRAFTER", "单位领导, UNIT_LEADER", "分管领导, UNIT_LEADER",
			"部门领导, UNIT_LEADER", "Department leader, UNIT_LEADER", "审核员, REVIEWER", "财政监督员, SUPERVISOR", "系统管理员, ADMIN",
			"unit_leader, UNIT_LEADER" })
	void rolesByNameOrTheirChineseAndEnglishLabels(String text, Role role) {
		assertThat(Spellings.role(text)).contains(role);
	}

}
