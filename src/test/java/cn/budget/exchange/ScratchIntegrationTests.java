package cn.budget.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.budget.IntegrationTest;
import cn.budget.Years;
import cn.budget.disclosure.DisclosureDocument;
import cn.budget.identity.Directory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ScratchIntegrationTests {

	@Autowired
	DisclosureImports imports;

	@Autowired
	DisclosureExports exports;

	@Autowired
	Directory directory;

	@Test
	void dump() throws Exception {
		var actor = directory.actorOf("drafter-ga").orElseThrow();
		DisclosureDocument d = imports.importFile(actor, new ImportFile("x.txt", Seeds.text(Seeds.PINGXIANG_2020).getBytes(StandardCharsets.UTF_8)),
				new ImportTarget("312", Years.next(), null)).disclosure();
		for (var f : DisclosureExports.Format.values()) {
			Files.write(Path.of("target/export." + f.name().toLowerCase()), exports.export(actor, d.getId(), f).content());
		}
	}

}
