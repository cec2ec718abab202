package cn.budget.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * People as plain rows, for the hottest reads: a Bearer token with its person (and the
 * person a provider's token names), read at every API request, and the people a new task
 * is for, read at every decision — one indexed query each, mapped straight to what the
 * caller needs. Loading the token, the person, their unit and department as managed
 * entities cost a persistence context per request and a third of a decision's ORM work;
 * people are changed through the entities ({@link PeopleAdministration}).
 */
@Component
class PersonRows {

	private static final String PERSON = "u.username, u.display_name, u.email, u.role, u.password_hash, u.enabled, "
			+ "u.must_change_password, d.code as department_code, n.code as unit_code, n.main_unit";

	private static final String UNIT = " left join org_unit n on n.id = u.unit_id";

	private static final String JOINS = UNIT + " left join department d on d.id = u.department_id";

	private static final String ENABLED = "select " + PERSON + " from app_user u" + JOINS
			+ " where u.role = ? and u.enabled = true order by u.username";

	private static final String ENABLED_OF_DEPARTMENT = "select " + PERSON
			+ " from app_user u join department d on d.id = u.department_id" + UNIT
			+ " where d.code = ? and u.role = ? and u.enabled = true order by u.username";

	private final JdbcTemplate jdbc;

	PersonRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A token and its person (null when the person is gone). */
	record TokenRow(long id, Instant expiresAt, Instant revokedAt, Instant lastUsedAt, SignedInUser person) {
	}

	Optional<TokenRow> byHash(String tokenHash) {
		return jdbc
			.query("select t.id, t.expires_at, t.revoked_at, t.last_used_at, " + PERSON
					+ " from api_token t left join app_user u on u.username = t.username" + JOINS
					+ " where t.token_hash = ?", PersonRows::token, tokenHash)
			.stream()
			.findFirst();
	}

	Optional<SignedInUser> person(String username) {
		return jdbc
			.query("select " + PERSON + " from app_user u" + JOINS + " where u.username = ?", (rs, n) -> person(rs),
					username)
			.stream()
			.findFirst();
	}

	/**
	 * Enabled people with the role: of the department when its code is given (an inner
	 * join, so the database starts from the one department), else all of them.
	 */
	List<UserInfo> enabled(Role role, String departmentCode) {
		RowMapper<UserInfo> info = (rs, n) -> info(person(rs), rs.getString("email"));
		return departmentCode == null ? jdbc.query(ENABLED, info, role.name())
				: jdbc.query(ENABLED_OF_DEPARTMENT, info, departmentCode, role.name());
	}

	private static UserInfo info(SignedInUser person, String email) {
		return new UserInfo(person.actor().username(), person.actor().displayName(), email, person.actor());
	}

	/**
	 * Notes a use unless a later one is noted already (another request, another node).
	 */
	void used(long tokenId, Instant at) {
		jdbc.update("update api_token set last_used_at = ? where id = ? and (last_used_at is null or last_used_at < ?)",
				utc(at), tokenId, utc(at));
	}

	private static TokenRow token(ResultSet rs, int n) throws SQLException {
		return new TokenRow(rs.getLong("id"), instant(rs, "expires_at"), instant(rs, "revoked_at"),
				instant(rs, "last_used_at"), rs.getString("username") == null ? null : person(rs));
	}

	// As AppUser.toActor and SignedInUser.of make it from the entities.
	private static SignedInUser person(ResultSet rs) throws SQLException {
		String unit = rs.getString("unit_code");
		Actor actor = new Actor(rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getString("department_code"), unit,
				unit != null && rs.getBoolean("main_unit"));
		return new SignedInUser(actor, rs.getString("password_hash"), rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
