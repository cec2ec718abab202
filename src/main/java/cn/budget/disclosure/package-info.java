/**
 * The disclosure model and its drafting: a {@link cn.budget.disclosure.Disclosure} of one
 * department and fiscal year, built from a template, holds one section per part with its
 * text fields and tables (rows of typed cells).
 * {@link cn.budget.disclosure.DisclosureDrafting} is the public surface for reading and
 * changing it within the caller's scope.
 * <p>
 * How content travels: other features read a disclosure as the immutable views of the
 * {@link cn.budget.content} feature and hand content in as the same views — an import's
 * tables and last year's parts carried forward as {@link cn.budget.content.DraftContent},
 * an Excel sheet's rows as {@link cn.budget.content.TableRows}, single values by
 * {@link cn.budget.content.ContentAddress}. Only this package turns views into its
 * working copies ({@code ContentInputs}) and back ({@code ContentViews}). The mutable
 * document classes ({@code DisclosureDocument}, {@code PartContent},
 * {@code TableContent}, {@code RowContent}, {@code CellContent}) are the drafting page's
 * and the API's request and response bodies: public for Jackson, Thymeleaf and API
 * clients, but not on the surface, so no other feature builds or posts them back. A view
 * written as JSON has the API's document shape ({@code ContentJson}, registered here).
 */
@Surface({ AlreadyPublishedException.class, DisclosureDrafting.class, DisclosureEvent.class, DisclosureLifecycle.class,
		DisclosureNotFoundException.class, DisclosureQueries.class, DisclosureSummary.class, DisclosureVersions.class,
		DraftingPermissions.class, EditorExtension.class, IllegalDisclosureStateException.class, Submission.class,
		VersionInfo.class, VersionKind.class })
package cn.budget.disclosure;

import cn.budget.shared.Surface;
