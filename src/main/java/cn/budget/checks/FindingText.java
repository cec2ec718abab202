package cn.budget.checks;

import cn.budget.shared.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Renders findings in the reader's language, for pages
 * ({@code ${@findingText.message(f)}} in templates, e.g. the review form) and the API.
 */
@Component("findingText")
public class FindingText {

	private final Messages messages;

	FindingText(Messages messages) {
		this.messages = messages;
	}

	/** What the finding says. */
	public String message(Finding finding) {
		return messages.get(finding.messageKey(), finding.argsArray());
	}

	/** The rule's name. */
	public String title(Finding finding) {
		return messages.get("checks.title." + finding.rule());
	}

	/** Where the finding is, as a reader calls it. */
	public String location(Finding finding) {
		return finding.label().in(LocaleContextHolder.getLocale());
	}

}
