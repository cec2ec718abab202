package cn.budget.disclosure;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import cn.budget.content.ContentAddress;
import cn.budget.content.DisclosureContent;
import cn.budget.content.CellSource;
import cn.budget.content.StatedFigure;
import cn.budget.identity.Directory;
import cn.budget.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The drafting commands by content address over the API: a person fills fields and places
 * amounts at the version they read, and what they change is recorded as typed.
 */
@ApiController
@Tag(name = "disclosures", description = "Disclosures within the caller's scope")
class DraftingCommandsApi {

	private final DisclosureDrafting drafting;

	private final Directory directory;

	DraftingCommandsApi(DisclosureDrafting drafting, Directory directory) {
		this.drafting = drafting;
		this.directory = directory;
	}

	/**
	 * Text values by address ({@code other_matters:field:other_text}), at the version
	 * read; a null value clears the field.
	 */
	record FieldValues(@NotNull Long expectedVersion, @NotNull Map<String, String> values) {
	}

	/**
	 * Amounts by address of a cell or an amount field
	 * ({@code three_public:table:three_public:row:reception:column:current}), in the unit
	 * of the table or document, at the version read.
	 */
	record FigureValues(@NotNull Long expectedVersion, @NotNull Map<String, @NotNull BigDecimal> figures) {
	}

	@PutMapping("/api/disclosures/{id}/fields")
	@Operation(summary = "Fill text fields of parts and header fields of tables, named by their content address")
	@ApiResponse(responseCode = "403", description = "The caller may not change this (part of the) disclosure")
	@ApiResponse(responseCode = "404", description = "No such disclosure within the caller's scope")
	@ApiResponse(responseCode = "409", description = "Stale version, or the disclosure is not in drafting")
	@ApiResponse(responseCode = "422", description = "An address that is malformed or names no field; invalid values")
	DisclosureContent fillFields(@PathVariable long id, @Valid @RequestBody FieldValues request) {
		Map<ContentAddress, String> values = new LinkedHashMap<>();
		request.values().forEach((address, value) -> values.put(ContentAddress.parse(address), value));
		return drafting.fillFields(directory.currentActor(), id, request.expectedVersion(), values);
	}

	@PutMapping("/api/disclosures/{id}/figures")
	@Operation(summary = "Place amounts into cells or amount fields, named by their content address")
	@ApiResponse(responseCode = "403", description = "The caller may not change this (part of the) disclosure")
	@ApiResponse(responseCode = "404", description = "No such disclosure within the caller's scope")
	@ApiResponse(responseCode = "409", description = "Stale version, or the disclosure is not in drafting")
	@ApiResponse(responseCode = "422", description = "An address that is malformed or names no amount; invalid values")
	DisclosureContent placeFigures(@PathVariable long id, @Valid @RequestBody FigureValues request) {
		List<StatedFigure> figures = request.figures()
			.entrySet()
			.stream()
			.map(f -> new StatedFigure(ContentAddress.parse(f.getKey()), f.getValue(), CellSource.TYPED))
			.toList();
		return drafting.placeFigures(directory.currentActor(), id, request.expectedVersion(), figures);
	}

}
