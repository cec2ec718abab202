package cn.budget;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/**
 * The feature packages depend on each other without cycles, and only the workflow package
 * talks to Camunda's services.
 */
class ModularityTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.budget");

	@Test
	void featuresHaveNoCycles() {
		slices().matching("cn.budget.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void onlyTheWorkflowTalksToCamunda() {
		noClasses().that()
			.resideOutsideOfPackage("cn.budget.workflow..")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(RuntimeService.class, TaskService.class, HistoryService.class, RepositoryService.class,
					ManagementService.class, IdentityService.class, FormService.class, DelegateExecution.class,
					DelegateTask.class)
			.check(CLASSES);
	}

	/**
	 * Every feature reads content through the content vocabulary, so it depends on no
	 * feature but the template definitions it is read against.
	 */
	@Test
	void theContentVocabularyDependsOnlyOnTemplatesAndShared() {
		noClasses().that()
			.resideInAPackage("cn.budget.content..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(BoundaryTests.FEATURES.stream()
				.filter(f -> !f.equals("content") && !f.equals("template"))
				.map(f -> "cn.budget." + f + "..")
				.toArray(String[]::new))
			.check(CLASSES);
	}

	/**
	 * An import goes one way through the exchange feature: reading (text, Word → blocks),
	 * recognising (template, parts, tables, figures), placing (into the model), and only
	 * the feature's entry points above them; so a reader following an import never comes
	 * back to a step already passed.
	 */
	@Test
	void theImportPipelineRunsOneWay() {
		String[] later = { "cn.budget.exchange.placing..", "cn.budget.exchange.writing..",
				"cn.budget.exchange.copyforward..", "cn.budget.exchange.demo.." };
		noClasses().that()
			.resideInAPackage("cn.budget.exchange.reading..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(later, "cn.budget.exchange.recognising..", "cn.budget.exchange"))
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("cn.budget.exchange.recognising..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(later, "cn.budget.exchange"))
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("cn.budget.exchange.placing..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(concat(new String[] { "cn.budget.exchange.writing..",
					"cn.budget.exchange.copyforward..", "cn.budget.exchange.demo.." }, "cn.budget.exchange"))
			.check(CLASSES);
		slices().matching("cn.budget.exchange.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	private static String[] concat(String[] packages, String... more) {
		return java.util.stream.Stream.concat(java.util.Arrays.stream(packages), java.util.Arrays.stream(more))
			.toArray(String[]::new);
	}

	@Test
	void theSharedPackageDependsOnNoFeature() {
		noClasses().that()
			.resideInAPackage("cn.budget.shared..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("cn.budget.content..", "cn.budget.disclosure..", "cn.budget.workflow..",
					"cn.budget.review..", "cn.budget.publication..", "cn.budget.audit..", "cn.budget.tracking..",
					"cn.budget.checks..", "cn.budget.notification..", "cn.budget.template..")
			.check(CLASSES);
	}

}
