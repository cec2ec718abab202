package cn.budget.disclosure;

import java.io.IOException;

import cn.budget.content.DisclosureContent;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.jackson.JsonComponent;

/**
 * Writes a read view as JSON in the shape of the API's document ({@code GET
 * /api/disclosures/{id}}), so an answer that carries a disclosure (the import's) has one
 * documented shape whoever builds it. The view lives in {@code cn.budget.content}, which
 * knows nothing of this package, so this package registers the serializer with the
 * application's JSON mapper (a JSON component) and has OpenAPI document the view as the
 * document it is written as.
 */
@JsonComponent
public class ContentJson extends StdSerializer<DisclosureContent> {

	static {
		SpringDocUtils.getConfig().replaceWithClass(DisclosureContent.class, DisclosureDocument.class);
	}

	public ContentJson() {
		super(DisclosureContent.class);
	}

	@Override
	public void serialize(DisclosureContent value, JsonGenerator gen, SerializerProvider provider) throws IOException {
		provider.defaultSerializeValue(ContentInputs.document(value), gen);
	}

}
