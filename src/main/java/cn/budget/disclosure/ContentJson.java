package cn.budget.disclosure;

import java.io.IOException;

import cn.budget.disclosure.content.DisclosureContent;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a read view as JSON in the shape of the API's document ({@code GET
 * /api/disclosures/{id}}), so an answer that carries a disclosure (the import's) has one
 * documented shape whoever builds it. Public only for Jackson and the view's annotation;
 * not on the package's surface.
 */
public class ContentJson extends StdSerializer<DisclosureContent> {

	public ContentJson() {
		super(DisclosureContent.class);
	}

	@Override
	public void serialize(DisclosureContent value, JsonGenerator gen, SerializerProvider provider) throws IOException {
		provider.defaultSerializeValue(ContentInputs.document(value), gen);
	}

}
