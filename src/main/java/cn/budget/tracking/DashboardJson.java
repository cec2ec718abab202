package cn.budget.tracking;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import cn.budget.shared.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * The charts' data as JSON for the dashboard page, labels in the user's language; angle
 * brackets are escaped so the JSON can sit in a script element.
 */
@Component
class DashboardJson {

	private final ObjectMapper json;

	private final Messages messages;

	DashboardJson(ObjectMapper json, Messages messages) {
		this.json = json;
		this.messages = messages;
	}

	String of(RoundProgress.View view, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("stageLabels", Arrays.stream(Stage.values()).map(s -> messages.get(locale, "stage." + s)).toList());
		data.put("stageCounts", Arrays.stream(Stage.values()).map(view.counts()::get).toList());
		data.put("days", view.series().stream().map(d -> d.day().toString().substring(5)).toList());
		data.put("submitted", view.series().stream().map(RoundProgress.DayCount::submitted).toList());
		data.put("published", view.series().stream().map(RoundProgress.DayCount::published).toList());
		data.put("submittedLabel", messages.get(locale, "dashboard.submitted"));
		data.put("publishedLabel", messages.get(locale, "dashboard.published"));
		data.put("total", view.departments().size());
		try {
			return json.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e");
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
