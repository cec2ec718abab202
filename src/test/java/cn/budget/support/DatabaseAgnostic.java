package cn.budget.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

/**
 * An integration test class whose outcome does not depend on the database under it: it
 * proves web, security or rendering behaviour (request ids, headers, static resources,
 * the route matrix, file formats, mail) that is the same on H2 and PostgreSQL. Such a
 * class runs in the H2 pass of {@code ./mvnw verify} only; the PostgreSQL pass
 * ({@link TestDatabase}, failsafe execution {@code postgres} in pom.xml) leaves out the
 * tag {@value #TAG}, so it spends its time on the classes where the database plays a part
 * (persistence, queries, locking, migrations, concurrency, journeys that write). The list
 * of classes and each one's reason is in docs/benchmarks.md ("Test suite time, third
 * session"); a class that starts writing or querying in a way of its own loses the tag.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseAgnostic.TAG)
public @interface DatabaseAgnostic {

	/** The JUnit tag the PostgreSQL pass excludes ({@code excludedGroups} in pom.xml). */
	String TAG = "database-agnostic";

}
