package cn.budget.workflow;

import java.util.List;

/**
 * How far the opening of a round got.
 *
 * @param roundId the round
 * @param total its departments
 * @param opened departments whose disclosure and route exist
 * @param failed departments that failed (nothing of theirs was kept); see
 * {@code failures}
 * @param pending departments still to open
 * @param running whether this node is opening the round right now
 * @param failures the failed departments with their reasons
 */
public record OpeningProgress(long roundId, int total, int opened, int failed, int pending, boolean running,
		List<Failure> failures) {

	/**
	 * A department that failed to open, with the reason (a message, or the error as it
	 * was).
	 */
	public record Failure(String departmentCode, String departmentName, String reason, int attempts) {
	}

	/** Nothing left to do: every department opened or failed. */
	public boolean finished() {
		return pending == 0;
	}

	/** Opened or failed, out of 100. */
	public int percent() {
		return total == 0 ? 100 : (opened + failed) * 100 / total;
	}

}
