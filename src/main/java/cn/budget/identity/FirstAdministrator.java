package cn.budget.identity;

import java.util.Locale;

import cn.budget.shared.DomainException;
import cn.budget.shared.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Without the demo organisation ({@code app.demo-data=false}, the {@code prod} profile)
 * and before anybody exists: creates the finance bureau and the first administrator from
 * {@code app.bootstrap.*} (APP_ADMIN_USERNAME, APP_ADMIN_PASSWORD,
 * APP_FINANCE_BUREAU_CODE/NAME), through {@link Organisation} and {@link Accounts} like
 * every other change. A missing or weak password stops the start, and nothing is created.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	/**
	 * Until the accounts' password policy decides, the one rule here: long enough, not
	 * the username.
	 */

	private static final String SYSTEM = "system";

	private final Organisation organisation;

	private final Accounts accounts;

	private final AppUserRepository users;

	private final Messages messages;

	private final Settings settings;

	record Settings(boolean demoData, String username, String password, String bureauCode, String bureauName) {
	}

	FirstAdministrator(Organisation organisation, Accounts accounts, AppUserRepository users, Messages messages,
			@Value("${app.demo-data:true}") boolean demoData,
			@Value("${app.bootstrap.admin-username:}") String username,
			@Value("${app.bootstrap.admin-password:}") String password,
			@Value("${app.bootstrap.finance-bureau-code:201}") String bureauCode,
			@Value("${app.bootstrap.finance-bureau-name:县财政局}") String bureauName) {
		this.organisation = organisation;
		this.accounts = accounts;
		this.users = users;
		this.messages = messages;
		this.settings = new Settings(demoData, username, password, bureauCode, bureauName);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (settings.demoData() || users.count() > 0) {
			return;
		}
		String refusal = refusal(settings.username(), settings.password());
		if (refusal != null) {
			log.error("Refusing to start: no user exists yet and {}", refusal);
			throw new IllegalStateException("First administrator: " + refusal);
		}
		try {
			create();
		}
		catch (RuntimeException ex) {
			// E.g. a username or code the organisation refuses, or a password the policy
			// refuses.
			log.error("Refusing to start: the first administrator cannot be created: {}", reason(ex));
			throw ex;
		}
		log.info("Created the finance bureau {} and the first administrator {}", settings.bureauCode(),
				settings.username());
	}

	private void create() {
		if (organisation.unit(settings.bureauCode()).isEmpty()) {
			organisation.createFinanceBureau(SYSTEM,
					new UnitDraft(settings.bureauCode(), settings.bureauName(), null, null, null, true));
		}
		organisation.createPerson(SYSTEM, new PersonDraft(settings.username(), settings.username(), Role.ADMIN,
				settings.bureauCode(), null, null, true));
		accounts.setChosenPassword(SYSTEM, settings.username(), settings.password());
	}

	// The operator reads the log: the refusal's own sentence (the policy's reason), in
	// English.
	private String reason(RuntimeException ex) {
		return ex instanceof DomainException refusal
				? messages.get(Locale.ENGLISH, refusal.getMessageKey(), refusal.getArgs()) : ex.getMessage();
	}

	/**
	 * What the environment lacks to make the first administrator, or null; how strong the
	 * password must be is the accounts' policy's to say (PasswordPolicy), at
	 * {@link Accounts#setChosenPassword}.
	 */
	static String refusal(String username, String password) {
		if (username == null || username.isBlank()) {
			return "APP_ADMIN_USERNAME (app.bootstrap.admin-username) is not set";
		}
		if (password == null || password.isBlank()) {
			return "APP_ADMIN_PASSWORD (app.bootstrap.admin-password) is not set";
		}
		return null;
	}

}
