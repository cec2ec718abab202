package cn.budget.disclosure;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * A change to a whole disclosure over the API: the version it was read at, optionally a
 * new title and unit of measure, and the parts to replace (parts left out stay as they
 * are).
 */
public class DisclosureUpdate {

	@NotNull
	private Long version;

	private String title;

	private String unitOfMeasure;

	private List<PartContent> parts = new ArrayList<>();

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUnitOfMeasure() {
		return unitOfMeasure;
	}

	public void setUnitOfMeasure(String unitOfMeasure) {
		this.unitOfMeasure = unitOfMeasure;
	}

	public List<PartContent> getParts() {
		return parts;
	}

	public void setParts(List<PartContent> parts) {
		this.parts = parts == null ? new ArrayList<>() : parts;
	}

}
