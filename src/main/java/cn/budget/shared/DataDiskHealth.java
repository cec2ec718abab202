package cn.budget.shared;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.autoconfigure.system.DiskSpaceHealthIndicatorProperties;
import org.springframework.boot.actuate.system.DiskSpaceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code diskSpace} health component measures the disk of the data directory
 * ({@code management.health.diskspace.path}, set to {@code app.data-dir}). Spring Boot's
 * own would report DOWN while the directory does not exist yet (a first start, or
 * PostgreSQL without any local files), so this one measures the nearest directory that
 * exists: the disk it will be on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnEnabledHealthIndicator("diskspace")
class DataDiskHealth {

	@Bean
	DiskSpaceHealthIndicator diskSpaceHealthIndicator(DiskSpaceHealthIndicatorProperties properties) {
		return new DiskSpaceHealthIndicator(existing(properties.getPath()), properties.getThreshold());
	}

	static File existing(File path) {
		Path candidate = path.toPath().toAbsolutePath().normalize();
		for (Path parent = candidate.getParent(); parent != null
				&& !Files.isDirectory(candidate); parent = candidate.getParent()) {
			candidate = parent;
		}
		return candidate.toFile();
	}

}
