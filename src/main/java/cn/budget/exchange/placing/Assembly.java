package cn.budget.exchange.placing;

import cn.budget.exchange.recognising.ImportReport;

/**
 * The outcome of recognising a document: the disclosure built and what could not be
 * placed.
 */
public record Assembly(Draft draft, ImportReport report) {
}
