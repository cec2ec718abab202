package cn.budget.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.budget.template.ShippedTemplates;
import cn.budget.exchange.placing.Assembly;
import cn.budget.exchange.placing.DocumentAssembler;
import cn.budget.exchange.reading.PlainTextReader;
import cn.budget.exchange.reading.SourceDocument;
import cn.budget.exchange.recognising.TemplateChooser;
import cn.budget.exchange.recognising.UnitDirectory;
import cn.budget.exchange.recognising.Vocabulary;
import cn.budget.identity.UnitInfo;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The three real disclosures of {@code shared/seeds} (copied to
 * {@code src/test/resources/seeds}) and what imports need to read them without a
 * database.
 */
final class Seeds {

	static final String ZHAOXIAN_2017 = "000_cf6ae51127079c27.txt";

	static final String PINGXIANG_2020 = "001_1e20de4cb34b5e42.txt";

	static final String WEIXIAN_2020 = "002_5e6c736350775b7c.txt";

	static final List<String> ALL = List.of(ZHAOXIAN_2017, PINGXIANG_2020, WEIXIAN_2020);

	static final Vocabulary VOCABULARY = Vocabulary.load(new ObjectMapper());

	/** The units of the demo 县公安局. */
	static final UnitDirectory POLICE_UNITS = new UnitDirectory(List.of(new UnitInfo("312001", "县公安局本级", "312", true),
			new UnitInfo("312005", "看守所", "312", false), new UnitInfo("312006", "交通警察大队", "312", false)),
			VOCABULARY.unitAliases());

	private Seeds() {
	}

	static String text(String name) {
		try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads and recognises a document given as plain text. */
	static Assembly assemble(String text) {
		SourceDocument source = PlainTextReader.read(text);
		var template = new TemplateChooser(VOCABULARY)
			.choose(List.of(ShippedTemplates.current("BUDGET"), ShippedTemplates.current("PERFORMANCE")), source);
		return new DocumentAssembler(VOCABULARY, template, POLICE_UNITS).assemble(source);
	}

}
