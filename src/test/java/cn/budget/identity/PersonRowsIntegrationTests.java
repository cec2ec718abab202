package cn.budget.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import cn.budget.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rows the Bearer sign-in and a new task's recipients read say of every person what
 * the entities say: the same principal, the same people per role and department; a
 * token's times as they were written. Plain SQL, so on both databases.
 */
@IntegrationTest
class PersonRowsIntegrationTests {

	@Autowired
	PersonRows rows;

	@Autowired
	AppUserRepository users;

	@Autowired
	ApiTokens tokens;

	@Test
	void aTokenReadsWithItsTimesAndItsPerson() {
		AppUser drafter = users.findByUsername("drafter-jy").orElseThrow();
		IssuedToken issued = tokens.create(drafter.toActor(), new NewToken("rows", 30, null));
		PersonRows.TokenRow row = rows.byHash(ApiTokens.hash(issued.token())).orElseThrow();
		assertThat(row.id()).isEqualTo(issued.id());
		// The columns keep microseconds.
		Instant expires = issued.expiresAt().truncatedTo(ChronoUnit.MICROS);
		assertThat(row.expiresAt()).isEqualTo(expires);
		assertThat(row.revokedAt()).isNull();
		assertThat(row.lastUsedAt()).isNull();
		assertThat(row.person()).isEqualTo(SignedInUser.of(drafter));

		Instant used = expires.minus(Duration.ofDays(29));
		rows.used(row.id(), used);
		rows.used(row.id(), used.minusSeconds(5));
		assertThat(rows.byHash(ApiTokens.hash(issued.token())).orElseThrow().lastUsedAt())
			.as("an earlier use does not overwrite a later one")
			.isEqualTo(used);
		assertThat(rows.byHash(ApiTokens.hash("bdt_unknown"))).isEmpty();
	}

	@Test
	void everyPersonReadsAsTheEntityMakesThem() {
		List<AppUser> all = users.findAllByOrderByUsername();
		// Drafters of a unit and people of a department only (leaders, finance) both.
		assertThat(all).anyMatch(u -> u.getUnit() != null).anyMatch(u -> u.getUnit() == null);
		for (AppUser user : all) {
			assertThat(rows.person(user.getUsername())).as(user.getUsername()).contains(SignedInUser.of(user));
		}
		assertThat(rows.person("nobody-of-that-name")).isEmpty();
	}

	@Test
	void theEnabledPeopleOfARoleAreThoseOfTheEntities() {
		List<AppUser> all = users.findAllByOrderByUsername();
		for (Role role : Role.values()) {
			assertThat(rows.enabled(role, null)).as(role.name())
				.containsExactlyElementsOf(all.stream()
					.filter(u -> u.getRole() == role && u.isEnabled())
					.map(PersonRowsIntegrationTests::info)
					.toList());
			for (String department : List.of("312", "305")) {
				assertThat(rows.enabled(role, department)).as(role + " of " + department)
					.containsExactlyElementsOf(all.stream()
						.filter(u -> u.getRole() == role && u.isEnabled() && u.getDepartment() != null
								&& u.getDepartment().getCode().equals(department))
						.map(PersonRowsIntegrationTests::info)
						.toList());
			}
		}
	}

	private static UserInfo info(AppUser user) {
		return new UserInfo(user.getUsername(), user.getDisplayName(), user.getEmail(), user.toActor());
	}

}
