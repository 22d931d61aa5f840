package org.pavilion.fx;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.fx.FxRequests.RateChange;
import org.pavilion.fx.FxViews.FxRateView;
import org.pavilion.shared.paging.Page;
import org.pavilion.shared.paging.PageRequest;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.QueryParams;

@Path("/api/v1/fx-rates")
@Tag(name = "Exchange rates", description = "KRW per unit of a currency on a date, with its source")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.OFFICER, Roles.FINANCE, Roles.ADMIN, Roles.SME, Roles.REVIEWER })
public class FxResource {

    @Inject
    FxService service;

    @PUT
    @Path("/{currency}/{date}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Set a rate", description = "KRW for one unit of the currency on that date (JPY: per 1 yen). "
            + "Replaces the rate already set for that currency and date; both are audited.")
    @APIResponse(responseCode = "200", description = "The rate", content = @Content(schema = @Schema(implementation = FxRateView.class)))
    public FxRateView set(@PathParam("currency") String currency, @PathParam("date") String date,
            @Valid @NotNull RateChange change) {
        return FxRateView.of(service.set(currency, date, change));
    }

    @GET
    @Operation(summary = "List rates", description = "Ordered by currency, then date.")
    public Page<FxRateView> list(@QueryParam("currency") String currency, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return service.list(QueryParams.text("currency", currency), QueryParams.date("from", from), QueryParams.date("to", to),
                paging).map(FxRateView::of);
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed({ Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Import rates from CSV", description = "Header `currency,date,krw_per_unit,source`. All rows or none: "
            + "a bad file answers 422 with every bad row (line number, the header being line 1) and field.")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
            example = "currency,date,krw_per_unit,source\nUSD,2025-03-03,1453.20,Seoul Money Brokerage base rate")))
    @APIResponse(responseCode = "200", description = "Imported: {\"imported\": N}")
    @APIResponse(responseCode = "422", description = "Bad rows, none imported")
    public Map<String, Integer> importCsv(String csv) {
        return Map.of("imported", service.importCsv(csv == null ? "" : csv));
    }
}
