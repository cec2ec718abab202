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
		xmlFactories();
		SpringApplication.run(BudgetDisclosureApplication.class, args);
	}

	/**
	 * Names the JDK's own XML factories, which are the ones used anyway (no library of
	 * ours ships another): without the names, POI asks for a new factory on every Word
	 * and Excel file it writes, and each time the JDK searches every jar of the
	 * application for a service file first — a quarter of a publication's rendering CPU.
	 * A name the operator set wins.
	 */
	static void xmlFactories() {
		System.getProperties()
			.putIfAbsent("javax.xml.transform.TransformerFactory",
					"com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
		System.getProperties()
			.putIfAbsent("javax.xml.parsers.SAXParserFactory",
					"com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl");
		System.getProperties()
			.putIfAbsent("javax.xml.parsers.DocumentBuilderFactory",
					"com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
	}

}
