package cn.budget.shared;

import java.util.Locale;

/**
 * Something that can be shown in the caller's language, e.g. a label that carries Chinese
 * and English. Message arguments of this type are rendered in the message's language.
 */
public interface Localizable {

	String in(Locale locale);

}
