package cn.budget.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar in Spring Boot's extracted layout ({@code -Djarmode=tools extract})
 * with a class-data-sharing archive of its start (JDK AppCDS, the "training run" of
 * Spring Boot's documentation): a started process then maps the parsed and verified
 * classes instead of reading them out of nested jars, which halves its start on a 2-core
 * machine (28–31 s to 12–15 s, docs/benchmarks.md, "Test suite time"). The process tests
 * start the application 16 times per build. The same classes and resources run, from
 * plain jars.
 * <p>
 * Made once per build of the jar under {@code target/app-cds} (a stamp of the jar's size
 * and time), under a file lock in case two test JVMs ask at once. If the training run
 * fails the processes start without the archive (slower, otherwise the same).
 */
final class ClassDataArchive {

	/** The JVM options of every start; the archive is made with the same ones. */
	static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1",
			"-Duser.timezone=Asia/Shanghai");

	private static final Path HOME = Path.of("target", "app-cds").toAbsolutePath();

	private static Path prepared;

	private ClassDataArchive() {
	}

	/**
	 * {@code java} with the options, the archive and {@code -jar} of the extracted jar.
	 */
	static synchronized List<String> command(Path jar) {
		Path extracted = HOME.resolve("app").resolve(jar.getFileName());
		if (prepared == null) {
			prepared = prepare(jar, extracted);
		}
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(JVM_OPTIONS);
		if (Files.exists(prepared)) {
			command.add("-XX:SharedArchiveFile=" + prepared);
		}
		// Should the extraction have failed, the jar itself (as before).
		command.addAll(List.of("-jar", (Files.exists(extracted) ? extracted : jar).toString()));
		return command;
	}

	/** {@code java} with the options and {@code -jar} of the jar itself, as shipped. */
	static List<String> shipped(Path jar) {
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(JVM_OPTIONS);
		command.addAll(List.of("-jar", jar.toString()));
		return command;
	}

	static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static Path prepare(Path jar, Path extracted) {
		Path archive = HOME.resolve("app.jsa");
		try {
			Files.createDirectories(HOME.getParent());
			try (FileChannel channel = FileChannel.open(HOME.getParent().resolve("app-cds.lock"),
					StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				String stamp = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
				Path stampFile = HOME.resolve("jar.stamp");
				if (Files.exists(stampFile) && Files.readString(stampFile).equals(stamp)) {
					return archive;
				}
				delete(HOME);
				Files.createDirectories(HOME);
				boolean made = run(List.of(java(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
						"--destination", extracted.getParent().toString()), "cds-extract") && train(extracted, archive);
				// Only a complete archive is kept for the jar: a failed or timed-out run
				// is tried again by the next start.
				if (made) {
					Files.writeString(stampFile, stamp);
				}
				return archive;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// Starts the application on an empty H2 store until its context is refreshed (the
	// classes of every start, migrations included), then writes the archive at exit.
	private static boolean train(Path extracted, Path archive) throws IOException {
		Path data = Files.createTempDirectory("cds-training");
		List<String> command = new ArrayList<>(List.of(java()));
		command.addAll(JVM_OPTIONS);
		command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh", "-jar",
				extracted.toString(), "--server.port=0", "--logging.level.root=warn", "--app.data-dir=" + data));
		boolean trained = run(command, "cds-training");
		delete(data);
		return trained && Files.exists(archive);
	}

	// Whether the command ended by itself with exit code 0.
	private static boolean run(List<String> command, String name) throws IOException {
		Path log = Path.of("target", "process-logs", name + ".log");
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			if (!process.waitFor(4, TimeUnit.MINUTES)) {
				process.destroyForcibly().waitFor();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
