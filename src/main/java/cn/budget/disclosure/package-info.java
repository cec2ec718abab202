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
 * <p>
 * The surface, and why each type is on it: the services other features call
 * ({@link cn.budget.disclosure.DisclosureQueries},
 * {@link cn.budget.disclosure.DisclosureDrafting},
 * {@link cn.budget.disclosure.DisclosureLifecycle},
 * {@link cn.budget.disclosure.DisclosureVersions}) with what they answer besides content
 * ({@link cn.budget.disclosure.DisclosureSummary},
 * {@link cn.budget.disclosure.VersionInfo}, whose {@code Kind} says why a version was
 * frozen, and {@code DisclosureLifecycle.Submission}, the outcome of its submit); the one
 * place that decides who may create, import into or edit
 * ({@link cn.budget.disclosure.DraftingPermissions}); the events others listen to
 * ({@link cn.budget.disclosure.DisclosureEvent}); the drafting page's extension point
 * ({@link cn.budget.disclosure.EditorExtension}); and two exceptions other features throw
 * to report the same refusal this package reports: a disclosure outside the caller's
 * scope ({@link cn.budget.disclosure.DisclosureNotFoundException}) and a publication
 * somebody else finished first ({@link cn.budget.disclosure.AlreadyPublishedException}).
 * Off the surface: the other exceptions, which other features see only as their common
 * parent {@code DomainException} (a correction of a disclosure that is not published is
 * refused by the lifecycle itself, not restated by the workflow). The public services
 * answer content as views; only this package's pages and API read the mutable document.
 */
@Surface({ AlreadyPublishedException.class, DisclosureDrafting.class, DisclosureEvent.class, DisclosureLifecycle.class,
		DisclosureNotFoundException.class, DisclosureQueries.class, DisclosureSummary.class, DisclosureVersions.class,
		DraftingPermissions.class, EditorExtension.class, VersionInfo.class })
package cn.budget.disclosure;

import cn.budget.shared.Surface;
