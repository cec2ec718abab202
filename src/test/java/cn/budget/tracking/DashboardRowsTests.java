package cn.budget.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardRowsTests {

	private static final List<DepartmentProgress> LINES = IntStream.range(0, 250)
		.mapToObj(DashboardRowsTests::line)
		.toList();

	@Test
	void aProvinceRoundIsListedAHundredDepartmentsAPage() {
		DashboardRows first = DashboardRows.of(LINES, 0);
		assertThat(first.rows()).hasSize(100).first().extracting(DepartmentProgress::departmentCode).isEqualTo("d0");
		assertThat(first.first()).isEqualTo(1);
		assertThat(first.last()).isEqualTo(100);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(first.paged()).isTrue();

		DashboardRows last = DashboardRows.of(LINES, 2);
		assertThat(last.rows()).hasSize(50).first().extracting(DepartmentProgress::departmentCode).isEqualTo("d200");
		assertThat(last.first()).isEqualTo(201);
		assertThat(last.last()).isEqualTo(250);
		assertThat(last.hasNext()).isFalse();
		assertThat(last.hasPrevious()).isTrue();
	}

	@Test
	void aPageOutsideTheListShowsTheNearestOne() {
		assertThat(DashboardRows.of(LINES, 9).page()).isEqualTo(2);
		assertThat(DashboardRows.of(LINES, -1).page()).isZero();
	}

	@Test
	void aCountyRoundIsOnePageAndNoMatchIsAnEmptyOne() {
		DashboardRows county = DashboardRows.of(LINES.subList(0, 30), 0);
		assertThat(county.rows()).hasSize(30);
		assertThat(county.paged()).isFalse();

		DashboardRows none = DashboardRows.of(List.of(), 3);
		assertThat(none.rows()).isEmpty();
		assertThat(none.first()).isZero();
		assertThat(none.last()).isZero();
		assertThat(none.hasNext()).isFalse();
	}

	private static DepartmentProgress line(int i) {
		return new DepartmentProgress((long) i, "d" + i, "部门" + i, Stage.DRAFTING, null, null,
				LocalDate.of(2026, 3, 22), 5L, 0, 0L, null, null, false, 1);
	}

}
