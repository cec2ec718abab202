package cn.budget.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time a process's threads used between two points, by thread name with its numbers left out
 * (request threads, the JIT's compilers, the garbage collector, the renderer…), from
 * {@code /proc/<pid>/task}: what a Java profile's samples leave out (native and JIT threads, time
 * blocked) and what the two cores are shared among. Linux only.
 */
final class ThreadCpu {

	private final long pid;

	private final Map<String, Long> start;

	private final long processStart;

	private final long kernelStart;

	private ThreadCpu(long pid) {
		this.pid = pid;
		this.start = ticks(pid);
		this.processStart = processTicks(pid, true);
		this.kernelStart = processTicks(pid, false);
	}

	/** From now on. */
	static ThreadCpu of(long pid) {
		return new ThreadCpu(pid);
	}

	/** The milliseconds each group of threads used since the start, most first, and their total. */
	String summary(String side, long tasks) {
		Map<String, Long> used = new HashMap<>();
		ticks(pid).forEach((name, now) -> used.put(name, now - start.getOrDefault(name, 0L)));
		long total = processTicks(pid, true) - processStart;
		long kernel = processTicks(pid, false) - kernelStart;
		used.put("(threads that ended)", total - used.values().stream().mapToLong(Long::longValue).sum());
		StringBuilder lines = new StringBuilder(String.format(
				"  %s CPU in the run: %d ms, %.2f ms per task, of it in the kernel %d ms (sockets, scheduling)%n", side,
				total * 10, total * 10.0 / tasks, kernel * 10));
		used.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(12)
			.forEach(e -> lines.append(String.format("    %-20s %6d ms%n", e.getKey(), e.getValue() * 10)));
		return lines.toString();
	}

	// The whole process's clock ticks, its ended threads' too: user and kernel, or kernel only.
	private static long processTicks(long pid, boolean withUser) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			return withUser ? utimeAndStime(stat) : Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[12]);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	private static long utimeAndStime(String stat) {
		String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}

	// Clock ticks of 10 ms (utime + stime) per thread name, digits removed; threads
	// that ended are in the process's total only.
	private static Map<String, Long> ticks(long pid) {
		Map<String, Long> byName = new HashMap<>();
		try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
			threads.forEach(thread -> {
				try {
					String stat = Files.readString(thread.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+", "N");
					byName.merge(name, utimeAndStime(stat), Long::sum);
				}
				catch (IOException ex) {
					// the thread ended meanwhile
				}
			});
		}
		catch (IOException ex) {
			// not Linux, or the process ended
		}
		return byName;
	}

}
