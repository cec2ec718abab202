/**
 * The vocabulary every feature shares to read and name a disclosure's content: immutable
 * views (records) of the document, its parts, tables, rows and cells with typed units of
 * measure and amounts ({@link cn.budget.content.DisclosureContent} down to
 * {@link cn.budget.content.CellView}); one {@link cn.budget.content.ContentAddress} for
 * any place in it, with its one text form; what changed between two states
 * ({@link cn.budget.content.ContentDiff}); how a typed value is read
 * ({@link cn.budget.content.ValueParser}, {@link cn.budget.content.TargetValue}); and the
 * views composed into the inputs of the drafting commands
 * ({@link cn.budget.content.DraftContent}, {@link cn.budget.content.TableRows},
 * {@link cn.budget.content.StatedFigure}).
 * <p>
 * Why a feature of its own: checks, review, exchange, publication, audit and workflow
 * read and name content without needing the disclosure feature's services, and the
 * disclosure feature builds these views from what it stores ({@code ContentViews}) and
 * turns them back into its working copies ({@code ContentInputs}). This package depends
 * on nothing but {@code shared} and the template definitions a view is read against (the
 * {@code template} feature, which depends on {@code shared} only), so every feature can
 * depend on it without a cycle. The JSON shape a view is written in is the disclosure
 * API's document; the disclosure feature registers that serializer, not the view.
 * {@link cn.budget.content.DisclosureState} is here because a view carries it; the rules
 * of moving between states stay with the disclosure.
 */
@Surface({ CellSource.class, CellView.class, ContentAddress.class, ContentChange.class, ContentDiff.class,
		DisclosureContent.class, DisclosureState.class, DraftContent.class, ElementIds.class, MeasureUnit.class,
		PartView.class, RowView.class, StatedFigure.class, TableRows.class, TableView.class, TargetValue.class,
		ValueParser.class })
package cn.budget.content;

import cn.budget.shared.Surface;
