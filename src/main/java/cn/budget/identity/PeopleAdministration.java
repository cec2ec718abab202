package cn.budget.identity;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person and their initial password changed in one transaction, for the admin API and
 * pages: a refused password leaves the person as they were.
 */
@Service
@Transactional
class PeopleAdministration {

	private final Organisation organisation;

	private final Accounts accounts;

	PeopleAdministration(Organisation organisation, Accounts accounts) {
		this.organisation = organisation;
		this.accounts = accounts;
	}

	PersonRecord create(String actor, PersonDraft draft, String password) {
		PersonRecord created = organisation.createPerson(actor, draft);
		return withPassword(actor, created, password);
	}

	PersonRecord update(String actor, String username, PersonDraft draft, String password) {
		PersonRecord changed = organisation.updatePerson(actor, username, draft);
		return withPassword(actor, changed, password);
	}

	private PersonRecord withPassword(String actor, PersonRecord person, String password) {
		if (password == null || password.isEmpty()) {
			return person;
		}
		accounts.setInitialPassword(actor, person.username(), password);
		return organisation.person(person.username()).orElseThrow();
	}

}
