package cn.budget.identity.importing;

/**
 * Why a row cannot be imported: the sheet, the row as the user sees it, and a message key
 * with its arguments, rendered in the caller's language only when answered.
 */
record Problem(ImportSheet sheet, int row, String key, Object... args) {
}
