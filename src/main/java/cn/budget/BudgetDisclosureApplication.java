package cn.budget;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * County budget disclosure workflow: departments draft, leaders sign off, the finance
 * bureau reviews and the public portal publishes.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BudgetDisclosureApplication {

	public static void main(String[] args) {
		// Pages show dates and times as the county reads them, whatever the server's
		// zone.
		TimeZone.setDefault(TimeZone.getTimeZone(System.getenv().getOrDefault("APP_TIME_ZONE", "Asia/Shanghai")));
		SpringApplication.run(BudgetDisclosureApplication.class, args);
	}

}
