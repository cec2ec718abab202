package cn.budget.disclosure;

/**
 * The outcome of a submission: the version frozen and whether the leader must sign it off
 * (the content differs from the version signed last).
 */
public record Submission(VersionInfo version, boolean needsSignOff) {
}
