package cn.budget.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes one {@link OrganisationChanged} per field that differs between a unit's or
 * person's record before and after a change (a creation compares with nothing), so the
 * audit shows old → new.
 */
@Component
class ChangeLog {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChangeLog(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param before null for a creation
	 */
	void unit(String actor, UnitRecord before, UnitRecord after) {
		publish(actor, before == null ? "UNIT_CREATED" : "UNIT_CHANGED", after.code(),
				before == null ? Map.of() : fields(before), fields(after));
	}

	/**
	 * @param before null for a creation
	 */
	void person(String actor, PersonRecord before, PersonRecord after) {
		publish(actor, before == null ? "USER_CREATED" : "USER_CHANGED", after.username(),
				before == null ? Map.of() : fields(before), fields(after));
	}

	private void publish(String actor, String kind, String subject, Map<String, String> before,
			Map<String, String> after) {
		after.forEach((field, to) -> {
			String from = before.get(field);
			if (!Objects.equals(from, to)) {
				events.publishEvent(new OrganisationChanged(clock.instant(), actor, kind, subject, field, from, to));
			}
		});
	}

	private static Map<String, String> fields(UnitRecord unit) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", unit.name());
		fields.put("parentCode", unit.parentCode());
		fields.put("nature", unit.nature());
		fields.put("fundingForm", unit.fundingForm());
		fields.put("active", String.valueOf(unit.active()));
		return fields;
	}

	private static Map<String, String> fields(PersonRecord person) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("displayName", person.displayName());
		fields.put("role", person.role().name());
		fields.put("unitCode", person.unitCode());
		fields.put("email", person.email());
		fields.put("phone", person.phone());
		fields.put("active", String.valueOf(person.active()));
		return fields;
	}

}
