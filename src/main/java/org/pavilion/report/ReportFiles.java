package org.pavilion.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.pavilion.report.ReportViews.AgreementRow;
import org.pavilion.report.ReportViews.AgreementsReport;
import org.pavilion.report.ReportViews.EffectivenessReport;
import org.pavilion.report.ReportViews.EffectivenessRow;
import org.pavilion.report.ReportViews.OutcomeReport;
import org.pavilion.report.ReportViews.ProgrammeReport;
import org.pavilion.report.ReportViews.RateUsed;
import org.pavilion.report.ReportViews.Row;
import org.pavilion.report.ReportViews.Tally;
import org.pavilion.report.ReportViews.Unconverted;
import org.pavilion.shared.csv.Csv;
import org.pavilion.shared.money.Money;

/**
 * The reports as downloads, with the same figures as the JSON: CSV, and Excel written by a
 * streaming writer (typed numeric cells, a header row, a sheet for the rates used).
 */
final class ReportFiles {

    private ReportFiles() {
    }

    // ---- CSV

    static void programmeCsv(ProgrammeReport r, CsvTable table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (otherTable(w, table, r.ratesUsed(), r.unconverted())) {
            return;
        }
        w.write("figure,count,krw,usd\n");
        line(w, "programme: " + r.name(), null, null, null);
        line(w, "budget", null, r.budget().amount(), null);
        line(w, "allocated", null, r.allocated().amount(), null);
        line(w, "disbursed", null, r.disbursed().amount(), null);
        line(w, "remaining", null, r.remaining().amount(), null);
        line(w, "companies participating", r.companies().participating(), null, null);
        line(w, "companies attended", r.companies().attended(), null, null);
        tally(w, "consultations", r.consultations());
        tally(w, "contracts (pursuing and signed)", new Tally(r.contracts().count(), r.contracts().value()));
        for (Map.Entry<String, Tally> status : r.contracts().byStatus().entrySet()) {
            tally(w, "contracts " + status.getKey(), status.getValue());
        }
        w.write(Csv.quote("contract value per KRW of support") + ",," + nullToEmpty(r.contractValuePerSupportKrw()) + ",\n");
        w.flush();
    }

    static void outcomesCsv(OutcomeReport r, CsvTable table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (otherTable(w, table, r.ratesUsed(), r.unconverted())) {
            return;
        }
        w.write("key,label,consultations,consultations_krw,consultations_usd,contracts,contracts_krw,contracts_usd\n");
        for (Row row : r.rows()) {
            row(w, row);
        }
        row(w, r.totals());
        w.flush();
    }

    static void effectivenessCsv(EffectivenessReport r, CsvTable table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (otherTable(w, table, r.ratesUsed(), r.unconverted())) {
            return;
        }
        w.write("key,label,programmes,companies,support_krw,consultations,pursued,signed,signed_within_3,signed_within_6,"
                + "signed_within_12,verified,conversion_3,conversion_6,conversion_12,signed_krw,signed_usd,verified_krw,"
                + "verified_usd,support_per_signed_contract_krw,support_krw_per_signed_usd\n");
        for (EffectivenessRow row : r.rows()) {
            effectivenessRow(w, row);
        }
        effectivenessRow(w, r.totals());
        w.flush();
    }

    static void agreementsCsv(AgreementsReport r, CsvTable table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (otherTable(w, table, r.ratesUsed(), r.unconverted())) {
            return;
        }
        w.write("agreement_id,title,partners,status,planned,in_progress,done,dropped,overdue,implementation_rate,last_meeting_on,"
                + "meetings_last_12_months,programmes,companies,consultations,consultations_krw,consultations_usd,contracts,"
                + "contracts_krw,contracts_usd\n");
        for (AgreementRow row : r.rows()) {
            List<String> cells = List.of(row.agreementId().toString(), Csv.quote(row.title()), Csv.quote(String.join("; ", row.partners())),
                    row.status(), Long.toString(row.commitments().planned()), Long.toString(row.commitments().inProgress()),
                    Long.toString(row.commitments().done()), Long.toString(row.commitments().dropped()),
                    Long.toString(row.commitments().overdue()), nullToEmpty(row.implementationRate()),
                    row.lastMeetingOn() == null ? "" : row.lastMeetingOn().toString(), Long.toString(row.meetingsLast12Months()),
                    Long.toString(row.programmes()), Long.toString(row.companies()), Long.toString(row.consultations().count()),
                    row.consultations().value().krw().amountString(), row.consultations().value().usd().amountString(),
                    Long.toString(row.contracts().count()), row.contracts().value().krw().amountString(),
                    row.contracts().value().usd().amountString());
            w.write(String.join(",", cells) + "\n");
        }
        w.flush();
    }

    private static void effectivenessRow(Writer w, EffectivenessRow row) throws IOException {
        List<String> cells = List.of(Csv.quote(row.key()), Csv.quote(row.label()), Long.toString(row.programmes()),
                Long.toString(row.companies()), row.support() == null ? "" : row.support().amountString(),
                Long.toString(row.consultations()), Long.toString(row.contracts().pursued()),
                Long.toString(row.contracts().signed()), Long.toString(row.contracts().signedWithin().get("3")),
                Long.toString(row.contracts().signedWithin().get("6")), Long.toString(row.contracts().signedWithin().get("12")),
                Long.toString(row.contracts().verified()), nullToEmpty(row.conversion().get("3")),
                nullToEmpty(row.conversion().get("6")), nullToEmpty(row.conversion().get("12")),
                row.signedValue().krw().amountString(), row.signedValue().usd().amountString(),
                row.verifiedValue().krw().amountString(), row.verifiedValue().usd().amountString(),
                row.supportPerSignedContract() == null ? "" : row.supportPerSignedContract().amountString(),
                nullToEmpty(row.supportKrwPerSignedUsd()));
        w.write(String.join(",", cells) + "\n");
    }

    private static void row(Writer w, Row row) throws IOException {
        w.write(Csv.quote(row.key()) + "," + Csv.quote(row.label()) + "," + row.consultations().count() + ","
                + row.consultations().value().krw().amountString() + "," + row.consultations().value().usd().amountString() + ","
                + row.contracts().count() + "," + row.contracts().value().krw().amountString() + ","
                + row.contracts().value().usd().amountString() + "\n");
    }

    /** Writes the rates or the unconverted amounts when the table asked for is one of them; false for the figures. */
    private static boolean otherTable(Writer w, CsvTable table, List<RateUsed> rates, List<Unconverted> unconverted)
            throws IOException {
        if (table == CsvTable.rates) {
            w.write("currency,date,krw_per_unit,source\n");
            for (RateUsed rate : rates) {
                w.write(rate.currency() + "," + rate.date() + "," + rate.krwPerUnit().toPlainString() + "," + Csv.quote(rate.source())
                        + "\n");
            }
        } else if (table == CsvTable.unconverted) {
            w.write("currency,amount,occurred_on\n");
            for (Unconverted u : unconverted) {
                w.write(u.currency() + "," + u.amount() + "," + u.occurredOn() + "\n");
            }
        } else {
            return false;
        }
        w.flush();
        return true;
    }

    private static void tally(Writer w, String figure, Tally t) throws IOException {
        line(w, figure, t.count(), t.value().krw().amount(), t.value().usd().amount());
    }

    private static void line(Writer w, String figure, Long count, BigDecimal krw, BigDecimal usd) throws IOException {
        w.write(Csv.quote(figure) + "," + (count == null ? "" : count) + "," + (krw == null ? "" : krw.toPlainString()) + ","
                + (usd == null ? "" : usd.toPlainString()) + "\n");
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    // ---- Excel

    static void programmeXlsx(ProgrammeReport r, OutputStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Workbook wb = new Workbook(buffer, "Pavilion", "1.0");
        Worksheet ws = wb.newWorksheet("Report");
        header(ws, "Figure", "Count", "KRW", "USD");
        int row = 1;
        ws.value(row++, 0, "Programme: " + r.name());
        row = money(ws, row, "Budget", null, r.budget(), null);
        row = money(ws, row, "Allocated", null, r.allocated(), null);
        row = money(ws, row, "Disbursed", null, r.disbursed(), null);
        row = money(ws, row, "Remaining", null, r.remaining(), null);
        row = money(ws, row, "Companies participating", r.companies().participating(), null, null);
        row = money(ws, row, "Companies attended", r.companies().attended(), null, null);
        row = money(ws, row, "Consultations", r.consultations().count(), r.consultations().value().krw(), r.consultations().value().usd());
        row = money(ws, row, "Contracts (pursuing and signed)", r.contracts().count(), r.contracts().value().krw(),
                r.contracts().value().usd());
        for (Map.Entry<String, Tally> status : r.contracts().byStatus().entrySet()) {
            row = money(ws, row, "Contracts " + status.getKey(), status.getValue().count(), status.getValue().value().krw(),
                    status.getValue().value().usd());
        }
        ws.value(row, 0, "Contract value per KRW of support");
        if (r.contractValuePerSupportKrw() != null) {
            ws.value(row, 2, new BigDecimal(r.contractValuePerSupportKrw()));
            ws.style(row, 2).format("0.00").set();
        }
        ws.width(0, 40);
        ratesSheets(wb, r.ratesUsed(), r.unconverted());
        wb.finish();
        out.write(XlsxCompletion.complete(buffer.toByteArray()));
    }

    static void outcomesXlsx(OutcomeReport r, OutputStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Workbook wb = new Workbook(buffer, "Pavilion", "1.0");
        Worksheet ws = wb.newWorksheet("Report");
        header(ws, "Key", "Label", "Consultations", "Consultations KRW", "Consultations USD", "Contracts", "Contracts KRW",
                "Contracts USD");
        int row = 1;
        for (Row data : r.rows()) {
            outcomeRow(ws, row++, data);
        }
        outcomeRow(ws, row, r.totals());
        ws.width(1, 40);
        ratesSheets(wb, r.ratesUsed(), r.unconverted());
        wb.finish();
        out.write(XlsxCompletion.complete(buffer.toByteArray()));
    }

    static void effectivenessXlsx(EffectivenessReport r, OutputStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Workbook wb = new Workbook(buffer, "Pavilion", "1.0");
        Worksheet ws = wb.newWorksheet("Effectiveness");
        header(ws, "Key", "Label", "Programmes", "Companies", "Support KRW", "Consultations", "Pursued", "Signed",
                "Signed within 3 months", "Signed within 6 months", "Signed within 12 months", "Verified", "Conversion 3",
                "Conversion 6", "Conversion 12", "Signed KRW", "Signed USD", "Verified KRW", "Verified USD",
                "Support per signed contract KRW", "Support KRW per signed USD");
        int row = 1;
        for (EffectivenessRow data : r.rows()) {
            effectivenessRow(ws, row++, data);
        }
        effectivenessRow(ws, row, r.totals());
        ws.width(1, 40);
        ratesSheets(wb, r.ratesUsed(), r.unconverted());
        wb.finish();
        out.write(XlsxCompletion.complete(buffer.toByteArray()));
    }

    static void agreementsXlsx(AgreementsReport r, OutputStream out) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Workbook wb = new Workbook(buffer, "Pavilion", "1.0");
        Worksheet ws = wb.newWorksheet("Agreements");
        header(ws, "Agreement", "Title", "Partners", "Status", "Planned", "In progress", "Done", "Dropped", "Overdue",
                "Implementation rate", "Last meeting", "Meetings in 12 months", "Programmes", "Companies", "Consultations",
                "Consultations KRW", "Consultations USD", "Contracts", "Contracts KRW", "Contracts USD");
        int row = 1;
        for (AgreementRow data : r.rows()) {
            ws.value(row, 0, data.agreementId().toString());
            ws.value(row, 1, data.title());
            ws.value(row, 2, String.join("; ", data.partners()));
            ws.value(row, 3, data.status());
            ws.value(row, 4, data.commitments().planned());
            ws.value(row, 5, data.commitments().inProgress());
            ws.value(row, 6, data.commitments().done());
            ws.value(row, 7, data.commitments().dropped());
            ws.value(row, 8, data.commitments().overdue());
            if (data.implementationRate() != null) {
                ws.value(row, 9, new BigDecimal(data.implementationRate()));
                ws.style(row, 9).format("0.0000").set();
            }
            if (data.lastMeetingOn() != null) {
                ws.value(row, 10, data.lastMeetingOn());
                ws.style(row, 10).format("yyyy-mm-dd").set();
            }
            ws.value(row, 11, data.meetingsLast12Months());
            ws.value(row, 12, data.programmes());
            ws.value(row, 13, data.companies());
            ws.value(row, 14, data.consultations().count());
            amount(ws, row, 15, data.consultations().value().krw());
            amount(ws, row, 16, data.consultations().value().usd());
            ws.value(row, 17, data.contracts().count());
            amount(ws, row, 18, data.contracts().value().krw());
            amount(ws, row, 19, data.contracts().value().usd());
            row++;
        }
        ws.width(1, 50);
        ws.width(2, 30);
        ratesSheets(wb, r.ratesUsed(), r.unconverted());
        wb.finish();
        out.write(XlsxCompletion.complete(buffer.toByteArray()));
    }

    private static void effectivenessRow(Worksheet ws, int row, EffectivenessRow data) {
        ws.value(row, 0, data.key());
        ws.value(row, 1, data.label());
        ws.value(row, 2, data.programmes());
        ws.value(row, 3, data.companies());
        if (data.support() != null) {
            amount(ws, row, 4, data.support());
        }
        ws.value(row, 5, data.consultations());
        ws.value(row, 6, data.contracts().pursued());
        ws.value(row, 7, data.contracts().signed());
        int col = 8;
        for (String m : List.of("3", "6", "12")) {
            ws.value(row, col++, data.contracts().signedWithin().get(m));
        }
        ws.value(row, col++, data.contracts().verified());
        for (String m : List.of("3", "6", "12")) {
            String conversion = data.conversion().get(m);
            if (conversion != null) {
                ws.value(row, col, new BigDecimal(conversion));
                ws.style(row, col).format("0.0000").set();
            }
            col++;
        }
        amount(ws, row, col++, data.signedValue().krw());
        amount(ws, row, col++, data.signedValue().usd());
        amount(ws, row, col++, data.verifiedValue().krw());
        amount(ws, row, col++, data.verifiedValue().usd());
        if (data.supportPerSignedContract() != null) {
            amount(ws, row, col, data.supportPerSignedContract());
        }
        col++;
        if (data.supportKrwPerSignedUsd() != null) {
            ws.value(row, col, new BigDecimal(data.supportKrwPerSignedUsd()));
            ws.style(row, col).format("#,##0.00").set();
        }
    }

    private static void outcomeRow(Worksheet ws, int row, Row data) {
        ws.value(row, 0, data.key());
        ws.value(row, 1, data.label());
        ws.value(row, 2, data.consultations().count());
        amount(ws, row, 3, data.consultations().value().krw());
        amount(ws, row, 4, data.consultations().value().usd());
        ws.value(row, 5, data.contracts().count());
        amount(ws, row, 6, data.contracts().value().krw());
        amount(ws, row, 7, data.contracts().value().usd());
    }

    private static void ratesSheets(Workbook wb, List<RateUsed> rates, List<Unconverted> unconverted) {
        Worksheet ws = wb.newWorksheet("Rates used");
        header(ws, "Currency", "Date", "KRW per unit", "Source");
        int row = 1;
        for (RateUsed rate : rates) {
            ws.value(row, 0, rate.currency());
            ws.value(row, 1, rate.date());
            ws.style(row, 1).format("yyyy-mm-dd").set();
            ws.value(row, 2, rate.krwPerUnit());
            ws.style(row, 2).format("#,##0.000000").set();
            ws.value(row, 3, rate.source());
            row++;
        }
        ws.width(3, 50);
        Worksheet un = wb.newWorksheet("Unconverted");
        header(un, "Currency", "Amount", "Occurred on");
        row = 1;
        for (Unconverted u : unconverted) {
            un.value(row, 0, u.currency());
            un.value(row, 1, new BigDecimal(u.amount()));
            un.value(row, 2, u.occurredOn());
            un.style(row, 2).format("yyyy-mm-dd").set();
            row++;
        }
    }

    private static void header(Worksheet ws, String... titles) {
        for (int c = 0; c < titles.length; c++) {
            ws.value(0, c, titles[c]);
            ws.style(0, c).bold().set();
        }
    }

    private static int money(Worksheet ws, int row, String figure, Long count, Money krw, Money usd) {
        ws.value(row, 0, figure);
        if (count != null) {
            ws.value(row, 1, count);
        }
        if (krw != null) {
            amount(ws, row, 2, krw);
        }
        if (usd != null) {
            amount(ws, row, 3, usd);
        }
        return row + 1;
    }

    private static void amount(Worksheet ws, int row, int col, Money money) {
        ws.value(row, col, money.amount());
        ws.style(row, col).format(Money.digitsOf(money.currency()) == 0 ? "#,##0" : "#,##0.00").set();
    }
}
