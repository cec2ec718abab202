package cn.budget.shared;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The main menu: which feature pages a role reaches.
 */
@Component("navigation")
public class Navigation {

	/** A menu entry shown to the given roles. */
	public record Item(String key, String href, String label, Set<String> roles) {
	}

	private static final Set<String> EVERYONE = Set.of("ROLE_DRAFTER", "ROLE_UNIT_LEADER", "ROLE_REVIEWER",
			"ROLE_SUPERVISOR", "ROLE_ADMIN");

	private static final List<Item> ITEMS = List.of(new Item("tasks", "/tasks", "nav.tasks", EVERYONE),
			new Item("disclosures", "/disclosures", "nav.disclosures", EVERYONE),
			new Item("rounds", "/rounds", "nav.rounds", Set.of("ROLE_SUPERVISOR", "ROLE_ADMIN")),
			new Item("notifications", "/notifications", "nav.notifications", EVERYONE),
			new Item("imports", "/imports", "nav.imports", Set.of("ROLE_DRAFTER", "ROLE_SUPERVISOR", "ROLE_ADMIN")),
			new Item("camunda", "/camunda/app/cockpit/", "nav.camunda", Set.of("ROLE_ADMIN")),
			new Item("units", "/admin/units", "nav.units", Set.of("ROLE_SUPERVISOR", "ROLE_ADMIN")),
			new Item("users", "/admin/users", "nav.users", Set.of("ROLE_ADMIN")));

	public List<Item> items(Authentication authentication) {
		if (authentication == null) {
			return List.of();
		}
		Set<String> granted = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(java.util.stream.Collectors.toSet());
		return ITEMS.stream().filter(i -> i.roles().stream().anyMatch(granted::contains)).toList();
	}

}
