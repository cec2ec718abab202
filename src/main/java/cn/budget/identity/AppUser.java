package cn.budget.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A person who signs in. Drafters belong to a unit, leaders to a department; finance
 * bureau staff belong to the finance bureau and see every department.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	/** Null until a password is set: an imported person cannot sign in before. */
	private String passwordHash;

	@Column(nullable = false)
	private String displayName;

	private String email;

	private String phone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@ManyToOne(fetch = FetchType.EAGER)
	private OrgUnit unit;

	@ManyToOne(fetch = FetchType.EAGER)
	private Department department;

	private boolean enabled = true;

	/**
	 * Set with a password chosen by an administrator: its owner must choose their own
	 * first.
	 */
	private boolean mustChangePassword;

	protected AppUser() {
	}

	public AppUser(String username, String passwordHash, String displayName, String email, Role role,
			Department department, OrgUnit unit) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.email = email;
		this.role = role;
		this.department = department;
		this.unit = unit;
	}

	public Actor toActor() {
		return new Actor(username, displayName, role, department == null ? null : department.getCode(),
				unit == null ? null : unit.getCode(), unit != null && unit.isMainUnit());
	}

	public String getUsername() {
		return username;
	}

	public String getPasswordHash() {
		return passwordHash;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getEmail() {
		return email;
	}

	public Role getRole() {
		return role;
	}

	public OrgUnit getUnit() {
		return unit;
	}

	public Department getDepartment() {
		return department;
	}

	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

	void setPassword(String hash, boolean mustChange) {
		this.passwordHash = hash;
		this.mustChangePassword = mustChange;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public String getPhone() {
		return phone;
	}

	/** Changed only through {@link Organisation}, which audits every change. */
	void change(String displayName, String email, String phone, Role role, Department department, OrgUnit unit,
			boolean enabled) {
		this.displayName = displayName;
		this.email = email;
		this.phone = phone;
		this.role = role;
		this.department = department;
		this.unit = unit;
		this.enabled = enabled;
	}

}
