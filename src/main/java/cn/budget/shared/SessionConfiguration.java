package cn.budget.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * With several nodes ({@code cluster} profile) HTTP sessions are stored in the shared
 * database, in the tables Flyway creates; a single node keeps them in memory.
 */
@Configuration
@Profile("cluster")
@EnableJdbcHttpSession
class SessionConfiguration {

}
