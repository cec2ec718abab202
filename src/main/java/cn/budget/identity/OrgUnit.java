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
 * A unit (单位) of a department: its main unit (本级, e.g. {@code 312001}) or a sub-unit such
 * as the traffic police brigade ({@code 312006}).
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	private Department department;

	/** The department's own unit (本级): its drafters draft the whole disclosure. */
	private boolean mainUnit;

	/** Deactivated, never deleted: history names it. */
	private boolean active = true;

	@Enumerated(EnumType.STRING)
	private UnitNature nature;

	@Enumerated(EnumType.STRING)
	private FundingForm fundingForm;

	protected OrgUnit() {
	}

	public OrgUnit(String code, String name, Department department, boolean mainUnit) {
		this.code = code;
		this.name = name;
		this.department = department;
		this.mainUnit = mainUnit;
	}

	public Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public Department getDepartment() {
		return department;
	}

	public boolean isMainUnit() {
		return mainUnit;
	}

	public boolean isActive() {
		return active;
	}

	public UnitNature getNature() {
		return nature;
	}

	public FundingForm getFundingForm() {
		return fundingForm;
	}

	/** Changed only through {@link Organisation}, which audits every change. */
	void change(String name, Department department, UnitNature nature, FundingForm fundingForm, boolean active) {
		this.name = name;
		this.department = department;
		this.nature = nature;
		this.fundingForm = fundingForm;
		this.active = active;
	}

}
