package cn.budget.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A budget department (部门, e.g. 县公安局 with code {@code 312}) or the finance bureau itself.
 */
@Entity
public class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	private boolean financeBureau;

	/**
	 * Deactivated, never deleted: its disclosures and history stay, new rounds leave it
	 * out.
	 */
	private boolean active = true;

	@Enumerated(EnumType.STRING)
	private UnitNature nature;

	@Enumerated(EnumType.STRING)
	private FundingForm fundingForm;

	protected Department() {
	}

	public Department(String code, String name, boolean financeBureau) {
		this.code = code;
		this.name = name;
		this.financeBureau = financeBureau;
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

	public boolean isFinanceBureau() {
		return financeBureau;
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
	void change(String name, UnitNature nature, FundingForm fundingForm, boolean active) {
		this.name = name;
		this.nature = nature;
		this.fundingForm = fundingForm;
		this.active = active;
	}

}
