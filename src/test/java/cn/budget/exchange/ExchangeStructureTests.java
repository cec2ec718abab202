package cn.budget.exchange;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

/**
 * The exchange package's sub-packages follow the path the data takes, without cycles: an
 * import goes from the entry points to placing, recognising and reading; an export to
 * writing; templates and copy-forward hang off the entry points; only the demo data uses
 * the entry points.
 */
class ExchangeStructureTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.budget.exchange");

	@Test
	void subPackagesHaveNoCycles() {
		slices().matching("cn.budget.exchange.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void subPackagesGoInTheOrderOfThePath() {
		layers().whereLayer("Demo")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("Entry points")
			.mayOnlyBeAccessedByLayers("Demo")
			.whereLayer("Copy-forward")
			.mayOnlyBeAccessedByLayers("Entry points")
			.whereLayer("Templates")
			.mayOnlyBeAccessedByLayers("Entry points")
			.whereLayer("Writing")
			.mayOnlyBeAccessedByLayers("Entry points", "Templates")
			.whereLayer("Placing")
			.mayOnlyBeAccessedByLayers("Entry points")
			.whereLayer("Recognising")
			.mayOnlyBeAccessedByLayers("Entry points", "Placing", "Writing", "Templates")
			.whereLayer("Reading")
			.mayOnlyBeAccessedByLayers("Entry points", "Demo", "Placing", "Recognising", "Writing", "Templates")
			.check(CLASSES);
	}

	/** The sub-packages as layers, in the order of the path. */
	private static LayeredArchitecture layers() {
		return layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("Demo")
			.definedBy("cn.budget.exchange.demo..")
			.layer("Entry points")
			.definedBy("cn.budget.exchange")
			.layer("Copy-forward")
			.definedBy("cn.budget.exchange.copyforward..")
			.layer("Templates")
			.definedBy("cn.budget.exchange.templates..")
			.layer("Writing")
			.definedBy("cn.budget.exchange.writing..")
			.layer("Placing")
			.definedBy("cn.budget.exchange.placing..")
			.layer("Recognising")
			.definedBy("cn.budget.exchange.recognising..")
			.layer("Reading")
			.definedBy("cn.budget.exchange.reading..");
	}

}
