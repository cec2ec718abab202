package cn.budget;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * County budget disclosure workflow: departments draft, leaders sign off, the finance bureau
 * reviews and the public portal publishes.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BudgetDisclosureApplication {

	public static void main(String[] args) {
		SpringApplication.run(BudgetDisclosureApplication.class, args);
	}

}
