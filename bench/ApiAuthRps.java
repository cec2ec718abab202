import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests per second of one GET with a given Authorization header, from N clients in a closed
 * loop for S seconds (after a warm-up of the same length). Not part of the build (docs/benchmarks.md,
 * "API tokens: Basic against Bearer"). Run with the JDK's source launcher:
 *
 * <pre>java bench/ApiAuthRps.java http://localhost:8080/api/tasks "Bearer bdt_…" 1 20</pre>
 */
public class ApiAuthRps {

	public static void main(String[] args) throws Exception {
		URI uri = URI.create(args[0]);
		String authorization = args[1];
		int clients = Integer.parseInt(args[2]);
		int seconds = Integer.parseInt(args[3]);
		run(uri, authorization, clients, seconds); // warm-up
		long[] result = run(uri, authorization, clients, seconds);
		System.out.printf("%s clients=%d seconds=%d ok=%d other=%d rps=%.1f mean=%.1fms%n", authorization.split(" ")[0],
				clients, seconds, result[0], result[1], result[0] / (double) seconds,
				result[2] / 1e6 / Math.max(1, result[0] + result[1]));
	}

	private static long[] run(URI uri, String authorization, int clients, int seconds) throws InterruptedException {
		AtomicLong ok = new AtomicLong();
		AtomicLong other = new AtomicLong();
		AtomicLong nanos = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			Thread thread = new Thread(() -> {
				HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
				HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
					.header("Accept", "application/json").timeout(Duration.ofSeconds(30)).GET().build();
				while (System.nanoTime() < end) {
					long start = System.nanoTime();
					try {
						HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
						(response.statusCode() == 200 ? ok : other).incrementAndGet();
					}
					catch (Exception ex) {
						other.incrementAndGet();
					}
					nanos.addAndGet(System.nanoTime() - start);
				}
			});
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		return new long[] { ok.get(), other.get(), nanos.get() };
	}

}
