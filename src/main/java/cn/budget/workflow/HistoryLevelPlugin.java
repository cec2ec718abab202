package cn.budget.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the configured history level ({@code camunda.bpm.history-level}, {@code audit}
 * since docs/decisions.md "Camunda history at level audit") the database's: the engine
 * refuses to start on a database that recorded another level, and every database before
 * that decision recorded {@code full}. Only what is recorded from now on changes;
 * existing history stays until its cleanup.
 */
@Component
class HistoryLevelPlugin extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(HistoryLevelPlugin.class);

	private static final List<HistoryLevel> LEVELS = List.of(HistoryLevel.HISTORY_LEVEL_NONE,
			HistoryLevel.HISTORY_LEVEL_ACTIVITY, HistoryLevel.HISTORY_LEVEL_AUDIT, HistoryLevel.HISTORY_LEVEL_FULL);

	// After the configuration is complete (its data source set) and before the engine
	// checks the
	// recorded level against it, which building the engine does next.
	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		String configured = configuration.getHistory();
		DataSource dataSource = configuration.getDataSource();
		LEVELS.stream()
			.filter(level -> level.getName().equalsIgnoreCase(configured))
			.findFirst()
			.ifPresent(level -> recordIn(dataSource, level));
	}

	private static void recordIn(DataSource dataSource, HistoryLevel level) {
		if (dataSource == null) {
			return;
		}
		String id = String.valueOf(level.getId());
		try (Connection connection = dataSource.getConnection();
				PreparedStatement update = connection.prepareStatement(
						"update ACT_GE_PROPERTY set VALUE_ = ?, REV_ = REV_ + 1 where NAME_ = 'historyLevel' and VALUE_ <> ?")) {
			connection.setAutoCommit(true);
			update.setString(1, id);
			update.setString(2, id);
			if (update.executeUpdate() > 0) {
				log.info("Camunda history level of the database set to {} ({}); earlier history is kept",
						level.getName(), id);
			}
		}
		catch (SQLException ex) {
			// A new database: the engine creates its tables, with the configured level,
			// right after.
			log.debug("No Camunda history level recorded yet: {}", ex.getMessage());
		}
	}

}
