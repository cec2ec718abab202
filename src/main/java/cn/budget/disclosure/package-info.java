/**
 * The disclosure model and its drafting: a {@link cn.budget.disclosure.Disclosure} of one
 * department and fiscal year, built from a template, holds one section per part with its
 * text fields and tables (rows of typed cells).
 * {@link cn.budget.disclosure.DisclosureDrafting} is the public surface for reading and
 * changing it within the caller's scope.
 */
@Surface({ AlreadyPublishedException.class, CellContent.class, CellSource.class, ContentAddress.class,
		ContentChange.class, ContentDiff.class, DisclosureDocument.class, DisclosureDrafting.class,
		DisclosureEvent.class, DisclosureLifecycle.class, DisclosureNotFoundException.class, DisclosureQueries.class,
		DisclosureState.class, DisclosureSummary.class, DisclosureVersions.class, DraftContent.class,
		DraftingPermissions.class, EditorExtension.class, IllegalDisclosureStateException.class, MeasureUnit.class,
		PartContent.class, RowContent.class, Submission.class, TableContent.class, TableFactory.class, TableRows.class,
		TargetValue.class, ValueParser.class, VersionInfo.class, VersionKind.class,
		cn.budget.disclosure.content.CellView.class, cn.budget.disclosure.content.DisclosureContent.class,
		cn.budget.disclosure.content.PartView.class, cn.budget.disclosure.content.RowView.class,
		cn.budget.disclosure.content.TableView.class })
package cn.budget.disclosure;

import cn.budget.shared.Surface;
