package cn.budget.workflow;

import java.util.List;

import cn.budget.IntegrationTest;
import cn.budget.identity.Directory;
import cn.budget.identity.Role;
import cn.budget.identity.UserInfo;
import cn.budget.support.DatabaseAgnostic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While a route starts, the organisation's answers are read once and remembered; before
 * and after, every question reads the directory again.
 */
@IntegrationTest
@DatabaseAgnostic
class DirectoryMemoIntegrationTests {

	@Autowired
	DirectoryMemo memo;

	@Autowired
	Directory directory;

	@Test
	void answersAreRememberedOnlyWhileTheWorkRuns() {
		List<UserInfo> outside = memo.usersFor(Role.DRAFTER, "312");
		assertThat(outside).isEqualTo(directory.usersFor(Role.DRAFTER, "312")).isNotEmpty();
		assertThat(memo.usersFor(Role.DRAFTER, "312")).isNotSameAs(outside);
		List<UserInfo> remembered = memo.remembering(() -> {
			List<UserInfo> first = memo.usersFor(Role.DRAFTER, "312");
			assertThat(memo.usersFor(Role.DRAFTER, "312")).isSameAs(first);
			assertThat(memo.usersFor(Role.UNIT_LEADER, "312")).isNotSameAs(first);
			assertThat(memo.unitsOf("312")).isSameAs(memo.unitsOf("312")).isEqualTo(directory.unitsOf("312"));
			return first;
		});
		assertThat(remembered).isEqualTo(outside);
		assertThat(memo.usersFor(Role.DRAFTER, "312")).isNotSameAs(remembered);
	}

}
