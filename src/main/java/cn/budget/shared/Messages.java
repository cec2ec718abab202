package cn.budget.shared;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders message keys in the caller's language; arguments that carry both languages or
 * are message keys themselves are rendered in the same language as the message.
 */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(String key, Object... args) {
		return get(LocaleContextHolder.getLocale(), key, args);
	}

	public String get(Locale locale, String key, Object... args) {
		return source.getMessage(key, localise(locale, args), key, locale);
	}

	/**
	 * The one sentence a page shows for a refusal: its first problem with a field, else
	 * its own message.
	 */
	public String of(DomainException refusal) {
		return refusal.getErrors().isEmpty() ? get(refusal.getMessageKey(), refusal.getArgs())
				: get(refusal.getErrors().get(0).messageKey(), refusal.getErrors().get(0).args());
	}

	/** Arguments rendered for a locale, ready for a {@link MessageSource}. */
	public Object[] localise(Locale locale, Object... args) {
		if (args == null) {
			return new Object[0];
		}
		return Arrays.stream(args).map(a -> {
			if (a instanceof Localizable text) {
				return text.in(locale);
			}
			if (a instanceof MessageCode code) {
				return source.getMessage(code.key(), null, code.key(), locale);
			}
			return a;
		}).toArray();
	}

}
