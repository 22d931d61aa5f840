package org.pavilion.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Completes the workbooks fastexcel writes: it streams, so every sheet says {@code <dimension ref="A1"/>} whatever it
 * holds (a reader that trusts the dimension, like openpyxl in read-only mode, then sees one cell), and its styles have
 * no default cell style. This rewrites each sheet's dimension to the range its cells use and adds the "Normal" style.
 */
final class XlsxCompletion {

    private static final Pattern SHEET = Pattern.compile("xl/worksheets/sheet\\d+\\.xml");
    private static final Pattern CELL = Pattern.compile("<c r=\"([A-Z]+)([0-9]+)\"");
    private static final String NORMAL_STYLE = "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>";

    private XlsxCompletion() {
    }

    static byte[] complete(byte[] xlsx) throws IOException {
        // fastexcel's zip stores entries with data descriptors that ZipInputStream refuses: read it by its central
        // directory (ZipFile), from a temporary file.
        Path file = Files.createTempFile("pavilion-report", ".xlsx");
        ByteArrayOutputStream completed = new ByteArrayOutputStream(xlsx.length + 512);
        try {
            Files.write(file, xlsx);
            try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(completed)) {
                copy(in, out);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        return completed.toByteArray();
    }

    private static void copy(ZipFile in, ZipOutputStream out) throws IOException {
        for (ZipEntry entry : Collections.list(in.entries())) {
            byte[] content;
            try (InputStream entryIn = in.getInputStream(entry)) {
                content = entryIn.readAllBytes();
            }
            if (SHEET.matcher(entry.getName()).matches()) {
                content = withDimension(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            } else if (entry.getName().equals("xl/styles.xml")) {
                content = withNormalStyle(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            out.putNextEntry(new ZipEntry(entry.getName()));
            out.write(content);
            out.closeEntry();
        }
    }

    /** The sheet with {@code <dimension ref>} set to the rectangle from A1 to its last column and row. */
    static String withDimension(String sheet) {
        int lastColumn = 1;
        int lastRow = 1;
        Matcher cells = CELL.matcher(sheet);
        while (cells.find()) {
            lastColumn = Math.max(lastColumn, columnNumber(cells.group(1)));
            lastRow = Math.max(lastRow, Integer.parseInt(cells.group(2)));
        }
        String ref = lastColumn == 1 && lastRow == 1 ? "A1" : "A1:" + columnName(lastColumn) + lastRow;
        return sheet.replaceFirst("<dimension ref=\"[A-Z0-9:]*\"/>", "<dimension ref=\"" + ref + "\"/>");
    }

    static String withNormalStyle(String styles) {
        if (styles.contains("<cellStyles")) {
            return styles;
        }
        int at = styles.indexOf("<dxfs");
        return at < 0 ? styles.replace("</styleSheet>", NORMAL_STYLE + "</styleSheet>")
                : styles.substring(0, at) + NORMAL_STYLE + styles.substring(at);
    }

    static int columnNumber(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n;
    }

    static String columnName(int number) {
        StringBuilder name = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
