package cn.budget.review;

/**
 * Where a comment points: a part (null for the whole document), optionally a table and
 * one of its rows, with a readable label such as 政府采购预算表 › #3.
 */
public record CommentAnchor(String partKey, Long tableId, Long rowId, String label) {
}
