/**
 * A disclosure's content as the other features read it: immutable views (records) of the
 * document, its parts, tables, rows and cells, with typed units of measure and amounts.
 * They are built in one place ({@code cn.budget.disclosure.ContentViews}) from what the
 * disclosure package stores; nothing outside the disclosure package changes content
 * through them.
 */
package cn.budget.disclosure.content;
