package cn.budget.exchange.writing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

/**
 * The bundled font's file is one shared copy per content, reused by every start, and
 * never anything else found under its name.
 */
class BundledFontFileTests {

	private static final String FONT = "fonts/wqy-microhei.ttc";

	@TempDir
	Path tmp;

	private String tmpdir;

	@BeforeEach
	void ownTemporaryDirectory() {
		tmpdir = System.getProperty("java.io.tmpdir");
		System.setProperty("java.io.tmpdir", tmp.toString());
	}

	@AfterEach
	void restore() {
		System.setProperty("java.io.tmpdir", tmpdir);
	}

	@Test
	void everyStartUsesTheSameCopyOfTheFont() throws Exception {
		Path first = BundledFontFile.of(FONT);
		Path second = BundledFontFile.of(FONT);

		assertThat(second).isEqualTo(first).hasParent(tmp);
		assertThat(Files.readAllBytes(first)).isEqualTo(bundled());
		try (var files = Files.list(tmp)) {
			assertThat(files).containsExactly(first);
		}
	}

	@Test
	void aDamagedCopyOrALinkUnderItsNameIsReplaced() throws Exception {
		Path shared = BundledFontFile.of(FONT);
		Files.write(shared, new byte[] { 1, 2, 3 });
		assertThat(BundledFontFile.of(FONT)).isEqualTo(shared);
		assertThat(Files.readAllBytes(shared)).isEqualTo(bundled());

		Path elsewhere = Files.write(tmp.resolve("elsewhere"), new byte[] { 4 });
		Files.delete(shared);
		Files.createSymbolicLink(shared, elsewhere);
		assertThat(BundledFontFile.of(FONT)).isEqualTo(shared);
		assertThat(shared).isRegularFile();
		assertThat(Files.readAllBytes(shared)).isEqualTo(bundled());
		assertThat(Files.readAllBytes(elsewhere)).containsExactly(4);
	}

	private static byte[] bundled() throws Exception {
		try (var in = new ClassPathResource(FONT).getInputStream()) {
			return in.readAllBytes();
		}
	}

}
