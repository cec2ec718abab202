package cn.budget.workflow;

import java.security.SecureRandom;
import java.util.Base64;

import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.identity.UserInfo;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Camunda's web apps show the signed-in user's profile, so each administrator of the
 * product also exists in Camunda's identity store, in the camunda-admin group. They sign
 * in through the product's login (single sign-on); the stored password is random and
 * never used.
 */
@Component
@Order(20)
class CamundaAdministrators implements ApplicationRunner {

	private final IdentityService identity;

	private final Directory directory;

	private final SecureRandom random = new SecureRandom();

	CamundaAdministrators(IdentityService identity, Directory directory) {
		this.identity = identity;
		this.directory = directory;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
			Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
			group.setName("Camunda administrators");
			group.setType(Groups.GROUP_TYPE_SYSTEM);
			identity.saveGroup(group);
		}
		for (UserInfo admin : directory.usersFor(Role.ADMIN, null)) {
			if (identity.createUserQuery().userId(admin.username()).count() == 0) {
				User user = identity.newUser(admin.username());
				user.setFirstName(admin.displayName());
				user.setLastName("");
				user.setEmail(admin.email());
				byte[] secret = new byte[32];
				random.nextBytes(secret);
				user.setPassword(Base64.getEncoder().encodeToString(secret));
				identity.saveUser(user);
				identity.createMembership(admin.username(), Groups.CAMUNDA_ADMIN);
			}
		}
	}

}
