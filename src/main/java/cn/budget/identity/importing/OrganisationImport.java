package cn.budget.identity.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.budget.identity.Actor;
import cn.budget.identity.Organisation;
import cn.budget.identity.PersonRecord;
import cn.budget.identity.Role;
import cn.budget.identity.UnitRecord;
import cn.budget.identity.importing.ImportRows.PersonRow;
import cn.budget.identity.importing.ImportRows.UnitRow;
import cn.budget.shared.Messages;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports the organisation from a file (ADMIN only): reads it, checks every row, plans
 * what it would create, change and deactivate, and — unless it is a dry run — applies the
 * plan through {@link Organisation} in one transaction. A file with problems changes
 * nothing unless the caller skips invalid rows. Nothing absent from the file is touched:
 * only a 状态 of 停用 deactivates. Importing the same file again changes nothing.
 */
@Service
public class OrganisationImport {

	/** An uploaded file: its name as sent and its bytes. */
	public record Upload(String filename, byte[] content) {
	}

	/**
	 * How to import: only report ({@code dryRun}), and whether valid rows apply despite
	 * invalid ones.
	 */
	public record Mode(boolean dryRun, boolean skipInvalid) {
	}

	private final Organisation organisation;

	private final ImportApplying applying;

	private final Messages messages;

	OrganisationImport(Organisation organisation, ImportApplying applying, Messages messages) {
		this.organisation = organisation;
		this.applying = applying;
		this.messages = messages;
	}

	public ImportResult run(Actor actor, List<Upload> uploads, Mode mode) {
		if (!actor.is(Role.ADMIN)) {
			throw new AccessDeniedException("Only administrators import the organisation");
		}
		List<SheetTable> tables = OrganisationFile
			.read(uploads.stream().map(u -> new OrganisationFile.Upload(u.filename(), u.content())).toList());
		List<Problem> problems = new ArrayList<>();
		ImportPlan plan = plan(tables, problems);
		if (mode.dryRun()) {
			return result(plan, problems, true, false);
		}
		if (!problems.isEmpty() && !mode.skipInvalid()) {
			return result(new ImportPlan(), problems, false, false);
		}
		Optional<Problem> failure = applying.apply(actor.username(), plan);
		failure.ifPresent(problems::add);
		return result(failure.isPresent() ? new ImportPlan() : plan, problems, false, failure.isEmpty());
	}

	private ImportPlan plan(List<SheetTable> tables, List<Problem> problems) {
		CheckedRows rows = CheckedRows.of(tables, problems);
		// Read once: a county's organisation is a few thousand rows, compared in memory.
		Map<String, UnitRecord> currentUnits = organisation.units()
			.stream()
			.collect(Collectors.toMap(UnitRecord::code, Function.identity(), (a, b) -> a));
		Map<String, PersonRecord> currentPeople = organisation.people()
			.stream()
			.collect(Collectors.toMap(PersonRecord::username, Function.identity()));
		Optional<String> financeBureau = organisation.financeBureauCode();
		Set<String> invalidUnits = new HashSet<>(rows.unitCodes());
		ImportPlan plan = new ImportPlan();
		Map<String, UnitRow> planned = new UnitPlanning(currentUnits, financeBureau, invalidUnits, problems)
			.plan(rows.units(), plan);
		invalidUnits.removeAll(planned.keySet());
		new PersonPlanning(currentPeople, currentUnits, planned, financeBureau, invalidUnits, problems)
			.plan(rows.people(), plan);
		return plan;
	}

	private ImportResult result(ImportPlan plan, List<Problem> problems, boolean dryRun, boolean applied) {
		List<ImportResult.Error> errors = problems.stream()
			.sorted(Comparator.comparing(Problem::sheet).thenComparing(Problem::row))
			.map(p -> new ImportResult.Error(p.sheet().label(), p.row(), messages.get(p.key(), p.args())))
			.toList();
		List<ImportResult.Line> lines = plan.steps()
			.stream()
			.map(s -> new ImportResult.Line(s.sheet().label(), s.row(), s.action().name(), s.key(), s.fields()))
			.toList();
		return new ImportResult(plan.count(ImportPlan.Action.CREATE), plan.count(ImportPlan.Action.CHANGE),
				plan.count(ImportPlan.Action.DEACTIVATE), plan.unchanged(), dryRun, applied, errors, lines);
	}

	/**
	 * The rows that pass their cell checks, and every unit code the units' sheet names
	 * (valid or not).
	 */
	private record CheckedRows(List<UnitRow> units, List<PersonRow> people, Set<String> unitCodes) {

		static CheckedRows of(List<SheetTable> tables, List<Problem> problems) {
			CheckedRows rows = new CheckedRows(new ArrayList<>(), new ArrayList<>(), new HashSet<>());
			for (SheetTable table : tables) {
				for (SheetTable.Row row : table.rows()) {
					if (table.sheet() == ImportSheet.UNITS) {
						CellChecks.unit(row, problems).ifPresent(rows.units::add);
						Optional.ofNullable(row.get(Column.CODE)).ifPresent(rows.unitCodes::add);
					}
					else {
						CellChecks.person(row, problems).ifPresent(rows.people::add);
					}
				}
			}
			return rows;
		}

	}

}
