package cn.budget.identity;

import java.util.List;

import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

@ApiController
@Tag(name = "organisation", description = "Departments, their units and people: ADMIN; units also SUPERVISOR "
		+ "(not the finance bureau itself). Nothing is deleted: set active to false.")
class OrganisationApi {

	private final Organisation organisation;

	private final PeopleAdministration people;

	private final OrganisationAccess access;

	OrganisationApi(Organisation organisation, PeopleAdministration people, OrganisationAccess access) {
		this.organisation = organisation;
		this.people = people;
		this.access = access;
	}

	/**
	 * A unit as posted: a department without parentCode, active unless said otherwise. On
	 * a change, what the body leaves out stays as it is, so {@code {"active":false}}
	 * alone deactivates.
	 */
	record UnitBody(String code, String name, String parentCode, String nature, String fundingForm, Boolean active) {

		UnitDraft draft() {
			return new UnitDraft(code, name, parentCode, nature, fundingForm, active == null || active);
		}

		UnitDraft over(UnitRecord current) {
			return new UnitDraft(code, or(name, current.name()), or(parentCode, current.parentCode()),
					or(nature, current.nature()), or(fundingForm, current.fundingForm()),
					active == null ? current.active() : active);
		}

	}

	/**
	 * A person as posted; role by name or Chinese name; password, if given, is an initial
	 * one. On a change, what the body leaves out stays as it is ({@code {"password":"…"}}
	 * alone sets one).
	 */
	record PersonBody(String username, String displayName, String role, String unitCode, String email, String phone,
			Boolean active, String password) {

		PersonDraft draft() {
			return new PersonDraft(username, displayName, RoleNames.parse(role), unitCode, email, phone,
					active == null || active);
		}

		PersonDraft over(PersonRecord current) {
			return new PersonDraft(username, or(displayName, current.displayName()),
					role == null ? current.role() : RoleNames.parse(role), or(unitCode, current.unitCode()),
					or(email, current.email()), or(phone, current.phone()), active == null ? current.active() : active);
		}

	}

	private static String or(String given, String current) {
		return given == null ? current : given;
	}

	@GetMapping("/api/admin/units")
	@Operation(summary = "Every department and unit, active or not, each department before its units")
	List<UnitRecord> units() {
		access.unitManager();
		return organisation.units();
	}

	@PostMapping("/api/admin/units")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a department (no parentCode) or a unit of one; 409 for a code in use")
	UnitRecord createUnit(@RequestBody UnitBody body) {
		Actor actor = access.unitManagerFor(body.code(), body.parentCode());
		return organisation.createUnit(actor.username(), body.draft());
	}

	@PutMapping("/api/admin/units/{code}")
	@Operation(summary = "Rename, move, describe, deactivate or reactivate a department or unit; the code stays")
	UnitRecord updateUnit(@PathVariable String code, @RequestBody UnitBody body) {
		Actor actor = access.unitManagerFor(code, body.parentCode());
		UnitRecord current = organisation.unit(code)
			.orElseThrow(() -> OrganisationException.notFound("code", "organisation.unit.unknown", code));
		return organisation.updateUnit(actor.username(), code, body.over(current));
	}

	@GetMapping("/api/admin/users")
	@Operation(summary = "Every person, active or not (never a password)")
	List<PersonRecord> users() {
		access.peopleManager();
		return organisation.people();
	}

	@PostMapping("/api/admin/users")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a person; with password, an initial one they must change at first sign-in")
	PersonRecord createUser(@RequestBody PersonBody body) {
		Actor actor = access.peopleManager();
		return people.create(actor.username(), body.draft(), body.password());
	}

	@PutMapping("/api/admin/users/{username}")
	@Operation(summary = "Change a person, deactivate (active false: no sign-in, tasks or mail) or reactivate; "
			+ "password sets a new initial one")
	PersonRecord updateUser(@PathVariable String username, @RequestBody PersonBody body) {
		Actor actor = access.peopleManager();
		PersonRecord current = organisation.person(username)
			.orElseThrow(() -> OrganisationException.notFound("username", "organisation.person.unknown", username));
		return people.update(actor.username(), username, body.over(current), body.password());
	}

}
