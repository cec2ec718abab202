/**
 * Users, departments and their sub-units, roles and the security configuration. Every
 * other feature asks {@link cn.budget.identity.Directory} who the caller is
 * ({@link cn.budget.identity.Actor}) and what their scope is. Passwords follow
 * {@link cn.budget.identity.Accounts}' policy, one-time links come from
 * {@link cn.budget.identity.PasswordLinks}, and {@link cn.budget.identity.SignInGuard}
 * holds back repeated failed sign-ins.
 */
@Surface({ Actor.class, DepartmentFilter.class, Directory.class, OrganisationChanged.class, PasswordLinkIssued.class,
		Role.class, Substitutes.class, UnitInfo.class, UserInfo.class })
package cn.budget.identity;

import cn.budget.shared.Surface;
