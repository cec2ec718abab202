package cn.budget;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import cn.budget.shared.Surface;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each feature is used by the others only through the surface its
 * {@code package-info.java} declares ({@link Surface}); the shared package is everyone's.
 */
class BoundaryTests {

	static final List<String> FEATURES = List.of("audit", "checks", "content", "disclosure", "exchange", "identity",
			"notification", "operations", "publication", "review", "template", "tracking", "workflow");

	@Test
	void everyFeatureDeclaresItsSurface() {
		assertThat(FEATURES).allSatisfy(
				feature -> assertThat(surface(feature)).as("the @Surface of cn.budget.%s's package-info.java", feature)
					.isNotNull());
	}

	@Test
	void featuresUseEachOtherOnlyThroughTheirSurfaces() {
		Map<String, Set<String>> outside = new TreeMap<>();
		for (JavaClass origin : ModularityTests.CLASSES) {
			String from = feature(origin);
			for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
				JavaClass target = topLevel(dependency.getTargetClass());
				String to = feature(target);
				if (to != null && from != null && !to.equals(from) && !onSurface(to, target)) {
					outside.computeIfAbsent(target.getName(), k -> new TreeSet<>()).add(origin.getName());
				}
			}
		}
		assertThat(outside).as("types used by other features but not on their feature's surface").isEmpty();
	}

	/**
	 * Other features see a disclosure through a few types (issue 10: fewer than 15) and
	 * read its content through the content vocabulary; the surface may shrink but not
	 * grow unnoticed.
	 */
	@Test
	void theDisclosureSurfaceDoesNotGrow() {
		assertThat(surface("disclosure").value()).hasSizeLessThanOrEqualTo(DISCLOSURE_SURFACE);
	}

	static final int DISCLOSURE_SURFACE = 11;

	/**
	 * The content vocabulary is every feature's; it may shrink but not grow unnoticed.
	 */
	@Test
	void theContentSurfaceDoesNotGrow() {
		assertThat(surface("content").value()).hasSizeLessThanOrEqualTo(CONTENT_SURFACE);
	}

	static final int CONTENT_SURFACE = 17;

	private static boolean onSurface(String feature, JavaClass type) {
		Surface surface = surface(feature);
		return surface != null && Stream.of(surface.value()).anyMatch(c -> c.getName().equals(type.getName()));
	}

	private static Surface surface(String feature) {
		try {
			return Class.forName("cn.budget." + feature + ".package-info").getAnnotation(Surface.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	// The declared type a dependency names: an array's element type, a nested type's
	// outermost one.
	private static JavaClass topLevel(JavaClass type) {
		JavaClass top = type.getBaseComponentType();
		while (top.getEnclosingClass().isPresent()) {
			top = top.getEnclosingClass().get();
		}
		return top;
	}

	// The feature a class belongs to, or null for the shared package, the application and
	// other libraries.
	static String feature(JavaClass type) {
		String name = type.getPackageName();
		return FEATURES.stream()
			.filter(f -> name.equals("cn.budget." + f) || name.startsWith("cn.budget." + f + "."))
			.findFirst()
			.orElse(null);
	}

}
