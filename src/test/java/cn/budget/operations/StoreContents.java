package cn.budget.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import cn.budget.disclosure.Disclosures;
import cn.budget.audit.AuditTrail;
import cn.budget.disclosure.DisclosureQueries;
import cn.budget.content.DisclosureState;
import cn.budget.disclosure.DisclosureSummary;
import cn.budget.disclosure.DisclosureVersions;
import cn.budget.disclosure.VersionInfo;
import cn.budget.identity.Actor;
import cn.budget.identity.Directory;
import cn.budget.publication.PublishedFiles;
import cn.budget.review.CommentView;
import cn.budget.review.ReviewComments;
import cn.budget.workflow.Inbox;
import cn.budget.workflow.TaskView;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ApplicationContext;

/**
 * What a store holds, read through the application's services: every disclosure (its line
 * and its whole current content), every published file's bytes (ByteBuffers compare by
 * content), every audit chain with its verification, every comment, every open task of a
 * route. Contents are JSON trees, whose objects compare regardless of the order of their
 * fields: a restored database may return a row's cells in another order.
 */
record StoreContents(List<DisclosureSummary> disclosures, Map<Long, JsonNode> documents,
		Map<String, ByteBuffer> publishedFiles, Map<Long, AuditTrail.Checked> audit,
		Map<Long, List<CommentView>> comments, Map<Long, List<TaskView>> tasks) {

	static StoreContents of(ApplicationContext app) {
		DisclosureQueries queries = app.getBean(DisclosureQueries.class);
		DisclosureVersions versions = app.getBean(DisclosureVersions.class);
		PublishedFiles files = app.getBean(PublishedFiles.class);
		AuditTrail trail = app.getBean(AuditTrail.class);
		ReviewComments reviewComments = app.getBean(ReviewComments.class);
		ObjectMapper json = app.getBean(ObjectMapper.class);
		List<DisclosureSummary> all = queries.list(Actor.SYSTEM, null, null);
		Map<Long, JsonNode> documents = new TreeMap<>();
		Map<String, ByteBuffer> published = new TreeMap<>();
		Map<Long, AuditTrail.Checked> audit = new TreeMap<>();
		Map<Long, List<CommentView>> comments = new TreeMap<>();
		for (DisclosureSummary disclosure : all) {
			long id = disclosure.id();
			documents.put(id, json.valueToTree(Disclosures.document(queries.content(Actor.SYSTEM, id))));
			for (VersionInfo version : versions.list(id, VersionInfo.Kind.PUBLICATION)) {
				for (String extension : files.extensions()) {
					files.find(id, version.number(), extension)
						.ifPresent(file -> published.put(id + "/" + version.number() + "." + extension,
								ByteBuffer.wrap(file.content())));
				}
			}
			audit.put(id, trail.checked(Actor.SYSTEM, id));
			comments.put(id, reviewComments.of(Actor.SYSTEM, id));
		}
		Map<Long, List<TaskView>> tasks = new TreeMap<>(app.getBean(Inbox.class)
			.tasksOf(Work.actor(app.getBean(Directory.class), "admin"),
					all.stream().map(DisclosureSummary::id).toList()));
		return new StoreContents(all, documents, published, audit, comments, tasks);
	}

	/**
	 * The demo's published disclosure of 县公安局 and the test's draft with its comment and
	 * its route waiting at drafting are there.
	 */
	void assertHoldsTheTestData() {
		assertThat(disclosures).anySatisfy(d -> {
			assertThat(d.departmentCode()).isEqualTo("312");
			assertThat(d.state()).isEqualTo(DisclosureState.PUBLISHED);
			assertThat(publishedFiles.keySet()).anyMatch(key -> key.startsWith(d.id() + "/1."));
		});
		assertThat(disclosures).anySatisfy(d -> {
			assertThat(d.state()).isEqualTo(DisclosureState.DRAFT);
			assertThat(comments.get(d.id())).isNotEmpty();
			assertThat(tasks.get(d.id())).extracting(TaskView::taskKey).contains("Task_DraftDisclosure");
		});
		assertThat(publishedFiles).hasSizeGreaterThanOrEqualTo(5);
		assertThat(audit.values()).allSatisfy(checked -> {
			assertThat(checked.verification().intact()).isTrue();
			assertThat(checked.events()).isNotEmpty();
		});
	}

	/**
	 * The same disclosures, documents, files (byte for byte), audit chains and comments.
	 */
	void assertSameAs(StoreContents original) {
		assertThat(disclosures).isEqualTo(original.disclosures);
		assertThat(documents).isEqualTo(original.documents);
		assertThat(publishedFiles.keySet()).isEqualTo(original.publishedFiles.keySet());
		publishedFiles.forEach((key, bytes) -> assertThat(bytes).as(key).isEqualTo(original.publishedFiles.get(key)));
		assertThat(audit).isEqualTo(original.audit);
		assertThat(comments).isEqualTo(original.comments);
		assertThat(tasks).isEqualTo(original.tasks);
	}

}
