package cn.budget.exchange;

/**
 * The outcome of recognising a document: the disclosure built and what could not be
 * placed.
 */
record Assembly(Draft draft, ImportReport report) {
}
