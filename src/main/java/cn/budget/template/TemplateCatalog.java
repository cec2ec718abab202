package cn.budget.template;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The templates a disclosure can be built from. Shipped template files are stored on
 * start-up when their version is not stored yet; stored versions never change, so a
 * disclosure always renders with the template it was drafted in.
 */
@Service
@Order(Ordered.HIGHEST_PRECEDENCE)
public class TemplateCatalog implements ApplicationRunner {

	private final TemplateRepository repository;

	private final ObjectMapper json;

	private final Map<Long, TemplateDefinition> byId = new ConcurrentHashMap<>();

	TemplateCatalog(TemplateRepository repository, ObjectMapper json) {
		this.repository = repository;
		this.json = json;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		installShippedTemplates();
	}

	/** Stores each shipped template version that is not stored yet. */
	@Transactional
	public void installShippedTemplates() {
		for (TemplateDefinition template : new TemplateSources(json).read()) {
			if (repository.findByCodeAndVersion(template.code(), template.version()).isEmpty()) {
				repository.save(new TemplateEntity(template.code(), template.version(), template.name().zh(),
						template.name().en(), write(template)));
			}
		}
	}

	/**
	 * The newest version of a template.
	 * @param code e.g. {@code BUDGET}
	 * @throws NoSuchElementException when no such template exists
	 */
	@Transactional(readOnly = true)
	public TemplateDefinition current(String code) {
		List<TemplateEntity> versions = repository.findByCodeOrderByVersionDesc(code);
		if (versions.isEmpty()) {
			throw new NoSuchElementException("Unknown template " + code);
		}
		return byId(versions.get(0).getId());
	}

	public boolean exists(String code) {
		return !repository.findByCodeOrderByVersionDesc(code).isEmpty();
	}

	/** A stored template version; cached because stored versions are immutable. */
	public TemplateDefinition byId(long id) {
		return byId.computeIfAbsent(id,
				key -> repository.findById(key)
					.map(entity -> read(entity).withId(entity.getId()))
					.orElseThrow(() -> new NoSuchElementException("Unknown template id " + key)));
	}

	private TemplateDefinition read(TemplateEntity entity) {
		try {
			return json.readValue(entity.getDefinition(), TemplateDefinition.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored template " + entity.getCode() + " is not readable", ex);
		}
	}

	private String write(TemplateDefinition template) {
		try {
			return json.writeValueAsString(template);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
