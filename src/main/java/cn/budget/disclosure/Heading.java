package cn.budget.disclosure;

import cn.budget.content.MeasureUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A disclosure's title and the unit of measure its amounts are stated in unless a table
 * declares its own (单位：万元).
 */
@Embeddable
record Heading(@Column(nullable = false) String title,
		@Enumerated(EnumType.STRING) @Column(nullable = false) MeasureUnit unitOfMeasure) {

	/**
	 * The heading with what is given changed: a blank title or no unit keeps the old one.
	 */
	Heading retitled(String newTitle, MeasureUnit newUnit) {
		return new Heading(newTitle != null && !newTitle.isBlank() ? newTitle.trim() : title,
				newUnit != null ? newUnit : unitOfMeasure);
	}

}
