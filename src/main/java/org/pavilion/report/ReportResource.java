package org.pavilion.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pavilion.report.ReportViews.AgreementsReport;
import org.pavilion.report.ReportViews.EffectivenessReport;
import org.pavilion.report.ReportViews.OutcomeReport;
import org.pavilion.report.ReportViews.ProgrammeReport;
import org.pavilion.shared.problem.ApiProblem;
import org.pavilion.shared.security.Roles;
import org.pavilion.shared.web.BusinessDate;
import org.pavilion.shared.web.PlainText;
import org.pavilion.shared.web.QueryParams;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Outcome reports in KRW and USD with the rates used: JSON, CSV or Excel")
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    @Inject
    ReportService service;

    @GET
    @Path("/programmes/{id}")
    @Produces({ MediaType.APPLICATION_JSON, CSV, XLSX })
    @RolesAllowed({ Roles.FINANCE, Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "A programme's report", description = "Budget, allocations, companies, consultations and contracts "
            + "in KRW and USD. Without rateDate each amount uses its own date's rate; with it, every amount uses that "
            + "date's rate (or the latest earlier one within 7 days). Amounts with no usable rate are listed in "
            + "`unconverted` and left out of every value sum. `Accept: text/csv` or the Excel media type download the same figures." + CsvTable.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeReport.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX) })
    public Response programme(@PathParam("id") UUID id, @QueryParam("rateDate") String rateDate,
            @QueryParam("table") String table, @Context HttpHeaders headers) {
        CsvTable csvTable = CsvTable.of(table);
        ProgrammeReport report = service.programme(id, QueryParams.date("rateDate", rateDate));
        return render(headers, report, "programme-report-" + id, csvTable,
                out -> ReportFiles.programmeCsv(report, csvTable, out), out -> ReportFiles.programmeXlsx(report, out));
    }

    @GET
    @Path("/outcomes")
    @Produces({ MediaType.APPLICATION_JSON, CSV, XLSX })
    @RolesAllowed({ Roles.FINANCE, Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Outcomes grouped", description = "groupBy programme, fair, sector, buyerCountry, company or month "
            + "(default programme); rows ordered by label, then key; `from`/`to` bound occurredOn (inclusive)." + CsvTable.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeReport.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX) })
    public Response outcomes(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
            @QueryParam("kind") String kind, @QueryParam("programmeId") String programmeId,
            @QueryParam("rateDate") String rateDate, @QueryParam("table") String table, @Context HttpHeaders headers) {
        CsvTable csvTable = CsvTable.of(table);
        ReportService.GroupBy grouping = groupBy(groupBy);
        String kindFilter = PlainText.trimToNull(kind);
        if (kindFilter != null && !List.of("CONSULTATION", "CONTRACT").contains(kindFilter)) {
            throw ApiProblem.BadRequest.field("kind", "must be one of CONSULTATION, CONTRACT");
        }
        LocalDate fromDate = QueryParams.date("from", from);
        LocalDate toDate = QueryParams.date("to", to);
        OutcomeReport report = service.outcomes(fromDate, toDate, grouping, kindFilter, QueryParams.uuid("programmeId", programmeId),
                QueryParams.date("rateDate", rateDate));
        return render(headers, report, "outcomes-by-" + grouping.name(), csvTable,
                out -> ReportFiles.outcomesCsv(report, csvTable, out), out -> ReportFiles.outcomesXlsx(report, out));
    }

    @GET
    @Path("/effectiveness")
    @Produces({ MediaType.APPLICATION_JSON, CSV, XLSX })
    @RolesAllowed({ Roles.FINANCE, Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Which fairs pay off, and how fast", description = "groupBy programme (default), fair, series, "
            + "sector or buyerCountry over the programmes whose reference date (the fair's endsOn, else activityEndsOn) "
            + "lies in from..to (inclusive). Per row: programmes, attending companies, support (live allocations; null by "
            + "buyerCountry), consultations, contracts pursued/signed/signed within 3, 6 and 12 months of the reference "
            + "date/verified, conversion at 3/6/12 months (signedWithin / consultations, 4 decimals), signed and verified "
            + "value in KRW and USD (each outcome at its occurredOn's rate, or at rateDate), support per signed contract "
            + "and per signed USD. Every figure rounded once, HALF_EVEN. Rows ordered by label, then key." + CsvTable.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EffectivenessReport.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX) })
    public Response effectiveness(@QueryParam("groupBy") String groupBy, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("rateDate") String rateDate, @QueryParam("table") String table,
            @Context HttpHeaders headers) {
        CsvTable csvTable = CsvTable.of(table);
        EffectivenessQuery.GroupBy grouping = effectivenessGroupBy(groupBy);
        EffectivenessReport report = service.effectiveness(grouping, QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.date("rateDate", rateDate));
        return render(headers, report, "effectiveness-by-" + grouping.name(), csvTable,
                out -> ReportFiles.effectivenessCsv(report, csvTable, out), out -> ReportFiles.effectivenessXlsx(report, out));
    }

    @GET
    @Path("/agreements")
    @Produces({ MediaType.APPLICATION_JSON, CSV, XLSX })
    @RolesAllowed({ Roles.FINANCE, Roles.OFFICER, Roles.ADMIN })
    @Operation(summary = "Are the agreements carried out?", description = "One row per agreement, ordered by title, then id, "
            + "as of `asOf` (default today, Asia/Seoul): its status on that day; its commitments by status and how many are "
            + "overdue (PLANNED or IN_PROGRESS, dueOn before asOf); implementationRate = done / (all - dropped), 4 decimals, "
            + "null when that is 0; the last meeting on or before asOf and the meetings of the 12 months up to it; the linked "
            + "programmes, their distinct companies SELECTED, CONFIRMED or ATTENDED, and their consultations and contracts "
            + "(PURSUING and SIGNED) in KRW and USD, each outcome at its occurredOn's rate, summed at full precision and "
            + "rounded once, as in the programme report." + CsvTable.DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementsReport.class)),
            @Content(mediaType = CSV), @Content(mediaType = XLSX) })
    public Response agreements(@QueryParam("asOf") String asOf, @QueryParam("table") String table, @Context HttpHeaders headers) {
        CsvTable csvTable = CsvTable.of(table);
        LocalDate day = QueryParams.date("asOf", asOf);
        AgreementsReport report = service.agreements(day == null ? BusinessDate.today() : day);
        return render(headers, report, "agreements-" + report.asOf(), csvTable, out -> ReportFiles.agreementsCsv(report, csvTable, out),
                out -> ReportFiles.agreementsXlsx(report, out));
    }

    private static EffectivenessQuery.GroupBy effectivenessGroupBy(String raw) {
        if (raw == null || raw.isBlank()) {
            return EffectivenessQuery.GroupBy.programme;
        }
        try {
            return EffectivenessQuery.GroupBy.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.BadRequest.field("groupBy", "must be one of " + Arrays.stream(EffectivenessQuery.GroupBy.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static ReportService.GroupBy groupBy(String raw) {
        if (raw == null || raw.isBlank()) {
            return ReportService.GroupBy.programme;
        }
        try {
            return ReportService.GroupBy.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ApiProblem.BadRequest.field("groupBy", "must be one of " + Arrays.stream(ReportService.GroupBy.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static Response render(HttpHeaders headers, Object json, String name, CsvTable table, StreamingOutput csv,
            StreamingOutput xlsx) {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardType()) {
                break;
            }
            if (accepted.isCompatible(MediaType.valueOf(CSV)) && !accepted.isWildcardType()) {
                return Response.ok(csv, CSV + ";charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"" + name
                                + (table == CsvTable.figures ? "" : "-" + table.name()) + ".csv\"").build();
            }
            if (accepted.isCompatible(MediaType.valueOf(XLSX)) && !accepted.isWildcardType()) {
                return Response.ok(xlsx, XLSX).header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").build();
            }
        }
        return Response.ok(json, MediaType.APPLICATION_JSON).build();
    }
}
