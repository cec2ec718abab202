package cn.budget.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One stored version of a template; the definition is the resolved JSON document.
 */
@Entity
@Table(name = "disclosure_template")
class TemplateEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String code;

	private int version;

	@Column(nullable = false)
	private String nameZh;

	@Column(nullable = false)
	private String nameEn;

	@Column(nullable = false, length = 1_000_000)
	private String definition;

	protected TemplateEntity() {
	}

	TemplateEntity(String code, int version, String nameZh, String nameEn, String definition) {
		this.code = code;
		this.version = version;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.definition = definition;
	}

	Long getId() {
		return id;
	}

	String getCode() {
		return code;
	}

	int getVersion() {
		return version;
	}

	String getDefinition() {
		return definition;
	}

}
