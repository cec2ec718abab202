package cn.budget.identity;

/**
 * The person form of {@code /admin/users} as typed, kept as it was when a save is refused
 * (but never the password).
 */
class PersonForm {

	private String username;

	private String displayName;

	private String role;

	private String unitCode;

	private String email;

	private String phone;

	private boolean active = true;

	private String password;

	static PersonForm of(PersonRecord person) {
		PersonForm form = new PersonForm();
		form.username = person.username();
		form.displayName = person.displayName();
		form.role = person.role().name();
		form.unitCode = person.unitCode();
		form.email = person.email();
		form.phone = person.phone();
		form.active = person.active();
		return form;
	}

	PersonDraft draft() {
		return new PersonDraft(username, displayName, RoleNames.parse(role), unitCode, email, phone, active);
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
