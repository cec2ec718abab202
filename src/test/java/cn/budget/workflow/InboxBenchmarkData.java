package cn.budget.workflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import cn.budget.identity.Actor;
import cn.budget.identity.Organisation;
import cn.budget.identity.UnitDraft;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The province that {@link InboxBenchmarks} measures, written once into its data
 * directory: a round of 1,000 departments opened through the product, and open tasks up
 * to 100,000 written into the inbox's projection directly.
 */
final class InboxBenchmarkData {

	private InboxBenchmarkData() {
	}

	/**
	 * 1,000 departments opened in one round, then open tasks up to 100,000; returns the
	 * round's id.
	 */
	static long fill(ConfigurableApplicationContext context) {
		Organisation organisation = context.getBean(Organisation.class);
		List<String> codes = new ArrayList<>(List.of("312", "305"));
		for (int i = 1; codes.size() < InboxBenchmarks.DEPARTMENTS; i++) {
			String code = String.format("9%04d", i);
			organisation.createUnit("system", new UnitDraft(code, "省级部门" + i, null, "行政单位", "财政拨款", true));
			if (organisation.unit(code + "001").isEmpty()) {
				organisation.createUnit("system",
						new UnitDraft(code + "001", "省级部门" + i + "本级", code, "行政单位", "财政拨款", true));
			}
			codes.add(code);
		}
		Actor supervisor = context.getBean(cn.budget.identity.Directory.class).actorOf("supervisor").orElseThrow();
		RoundOpened round = context.getBean(Rounds.class)
			.open(supervisor, new NewRound(2090, "BUDGET", LocalDate.of(2026, 3, 2), codes));
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		int open = jdbc.queryForObject("select count(distinct task_id) from inbox_task", Integer.class);
		insertTasks(jdbc, round, InboxBenchmarks.OPEN_TASKS - open);
		return round.id();
	}

	// The mix of a busy province: most tasks with drafters, then leaders, review,
	// publication and follow-ups.
	private static void insertTasks(JdbcTemplate jdbc, RoundOpened round, int count) {
		String[][] steps = { { TaskKeys.CONTRIBUTE, "DRAFTER" }, { TaskKeys.CONTRIBUTE, "DRAFTER" },
				{ TaskKeys.DRAFT, "DRAFTER" }, { TaskKeys.SIGN_OFF, "UNIT_LEADER" }, { TaskKeys.REVIEW, "REVIEWER" },
				{ TaskKeys.PUBLISH, "REVIEWER,SUPERVISOR" }, { TaskKeys.FOLLOW_UP, "SUPERVISOR" } };
		Instant start = Instant.parse("2026-03-02T00:00:00Z");
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			RoundOpened.Started department = round.disclosures().get(i % round.disclosures().size());
			String[] step = steps[i % steps.length];
			Instant created = start.plus(i % 997, ChronoUnit.MINUTES);
			Instant due = step[0].equals(TaskKeys.FOLLOW_UP) ? null : start.plus(20 + i % 40, ChronoUnit.DAYS);
			String[] groups = step[1].split(",");
			for (int g = 0; g < groups.length; g++) {
				rows.add(new Object[] { "bench-" + i, groups[g], g == 0, "bench-process-" + i, department.id(),
						department.departmentCode(),
						step[0].equals(TaskKeys.CONTRIBUTE) ? department.departmentCode() + "005" : null, step[0],
						step[0], null, TaskProjection.utc(created), due == null ? null : TaskProjection.utc(due),
						TaskProjection.utc(due == null ? TaskProjection.NO_DUE : due), round.id(), 2090 });
			}
			if (rows.size() >= 5000 || i == count - 1) {
				jdbc.batchUpdate("insert into inbox_task (task_id, candidate_group, primary_row, process_instance_id, "
						+ "disclosure_id, department_code, unit_code, task_key, name, assignee, created_at, due_at, due_sort, "
						+ "round_id, fiscal_year) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
				rows.clear();
			}
		}
	}

}
