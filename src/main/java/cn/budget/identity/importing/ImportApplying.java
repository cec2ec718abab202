package cn.budget.identity.importing;

import java.util.Optional;

import cn.budget.identity.Organisation;
import cn.budget.identity.OrganisationException;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a plan through {@link Organisation}, step by step, in one transaction: a
 * refusal the checks did not foresee rolls every step back and is reported with its row,
 * so a file is applied whole or not at all.
 */
@Component
class ImportApplying {

	private final Organisation organisation;

	private final TransactionTemplate transaction;

	private final EntityManager entities;

	ImportApplying(Organisation organisation, PlatformTransactionManager transactions, EntityManager entities) {
		this.organisation = organisation;
		this.transaction = new TransactionTemplate(transactions);
		// Its own transaction: it clears the persistence context, which must hold nobody
		// else's entities.
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.entities = entities;
	}

	/** Applies every step, or none: the problem of the step that failed. */
	Optional<Problem> apply(String actor, ImportPlan plan) {
		return transaction.execute(status -> {
			for (ImportPlan.Step step : plan.steps()) {
				try {
					apply(actor, step);
					// Every query flushes first, checking each entity it holds: with a
					// county's thousands of units, people and audit events that grows
					// with the square of the file (44 s for 1,200 rows). Nothing here
					// holds an entity between steps.
					entities.flush();
					entities.clear();
				}
				catch (OrganisationException ex) {
					status.setRollbackOnly();
					return Optional.of(new Problem(step.sheet(), step.row(), ex.getMessageKey(), ex.getArgs()));
				}
			}
			return Optional.<Problem>empty();
		});
	}

	private void apply(String actor, ImportPlan.Step step) {
		boolean create = step.action() == ImportPlan.Action.CREATE;
		if (step.unit() != null) {
			if (create) {
				organisation.createUnit(actor, step.unit());
			}
			else {
				organisation.updateUnit(actor, step.key(), step.unit());
			}
		}
		else if (create) {
			organisation.createPerson(actor, step.person());
		}
		else {
			organisation.updatePerson(actor, step.key(), step.person());
		}
	}

}
