package cn.budget.template;

import java.util.Locale;

import cn.budget.shared.Localizable;

/**
 * A label in Chinese (the default) and English.
 */
public record LocalizedText(String zh, String en) implements Localizable {

	@Override
	public String in(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		return english && en != null ? en : zh;
	}

}
