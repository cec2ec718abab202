package cn.budget.exchange.writing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.springframework.core.io.ClassPathResource;

import cn.budget.shared.Digests;

/**
 * The bundled font as a file, which FontBox reads on demand (from a stream it would copy
 * the whole font into the heap). One copy per content in the temporary directory, named
 * by its SHA-256 and shared by every process of this user. A fresh copy per start,
 * deleted only at a normal exit, left 5 MB behind every process that was killed (crash
 * tests, benchmarks, {@code kill -9}): 171 files, 845 MB in one machine's /tmp after a
 * day. A shared copy is used only if it is a regular file of this user with exactly the
 * bundled bytes; otherwise this process makes a private copy, as before.
 */
final class BundledFontFile {

	private BundledFontFile() {
	}

	static Path of(String classpathLocation) {
		byte[] font = read(classpathLocation);
		Path directory = Path.of(System.getProperty("java.io.tmpdir"));
		Path shared = directory.resolve("budget-pdf-font-" + Digests.sha256Hex(font) + ".font");
		try {
			if (holds(shared, font)) {
				return shared;
			}
			// Missing, or not the font (damaged, or a link): replaced in one step.
			publish(font, directory, shared);
			return holds(shared, font) ? shared : privateCopy(font);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled PDF font cannot be stored in " + directory, ex);
		}
	}

	// Written beside its name first and moved there in one step: a process starting at
	// the same moment never reads half a font. Another user's file under the name stays
	// (the temporary directory's sticky bit): then this process uses a private copy.
	private static void publish(byte[] font, Path directory, Path shared) {
		Path written = null;
		try {
			written = Files.createTempFile(directory, "budget-pdf-font", ".part");
			Files.write(written, font);
			Files.move(written, shared, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			// Checked by the caller.
		}
		finally {
			deleteQuietly(written);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// A leftover .part file of 5 MB at worst.
		}
	}

	private static boolean holds(Path shared, byte[] font) {
		try {
			return Files.isRegularFile(shared, LinkOption.NOFOLLOW_LINKS)
					&& Files.getOwner(shared, LinkOption.NOFOLLOW_LINKS)
						.getName()
						.equals(System.getProperty("user.name"))
					&& Files.size(shared) == font.length && Arrays.equals(Files.readAllBytes(shared), font);
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static Path privateCopy(byte[] font) throws IOException {
		Path copy = Files.createTempFile("budget-pdf-font", ".font");
		copy.toFile().deleteOnExit();
		Files.write(copy, font);
		return copy;
	}

	private static byte[] read(String classpathLocation) {
		try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The bundled PDF font " + classpathLocation + " is missing from the build",
					ex);
		}
	}

}
