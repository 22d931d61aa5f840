package org.pavilion.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Conventions of the source text that the compiler and the formatter do not check: types are imported, not
 * written out in full in the code (only where two imported types share a simple name), and every file holds one
 * top-level type.
 */
class SourceConventionsTest {

    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.\"])((?:java|javax|jakarta|org|io|com)\\.(?:[a-z][a-z0-9_]*\\.)+)([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.(\\w+);", Pattern.MULTILINE);
    private static final Pattern TOP_LEVEL = Pattern.compile(
            "^(?:public |final |abstract |sealed |non-sealed )*(?:class|record|enum|interface|@interface) ", Pattern.MULTILINE);

    static List<Path> sources() throws IOException {
        try (Stream<Path> main = Files.walk(Path.of("src/main/java")); Stream<Path> test = Files.walk(Path.of("src/test/java"))) {
            return Stream.concat(main, test).filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void typesAreImportedNotWrittenOutInFull() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            String text = Files.readString(file);
            List<String> importedNames = new ArrayList<>();
            Matcher imports = IMPORT.matcher(text);
            while (imports.find()) {
                importedNames.add(imports.group(2));
            }
            String[] lines = text.split("\n");
            boolean inComment = false;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (inComment) {
                    inComment = !line.contains("*/");
                    continue;
                }
                if (line.startsWith("/*")) {
                    inComment = !line.contains("*/");
                    continue;
                }
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("import ") || line.startsWith("package ")) {
                    continue;
                }
                Matcher qualified = QUALIFIED.matcher(withoutStrings(line));
                while (qualified.find()) {
                    if (!importedNames.contains(qualified.group(2))) {
                        found.add(file + ":" + (i + 1) + " " + qualified.group());
                    }
                }
            }
        }
        assertThat(found).as("inline fully qualified names; import them").isEmpty();
    }

    @Test
    void everyFileHoldsOneTopLevelType() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            Matcher types = TOP_LEVEL.matcher(Files.readString(file));
            int count = 0;
            while (types.find()) {
                count++;
            }
            if (count != 1) {
                found.add(file + ": " + count + " top-level types");
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsAQualifiedNameInCode() {
        assertThat(QUALIFIED.matcher(withoutStrings("var map = new java.util.HashMap<String, String>();")).find()).isTrue();
        assertThat(QUALIFIED.matcher(withoutStrings("String s = \"see java.util.HashMap\";")).find()).isFalse();
    }

    private static String withoutStrings(String line) {
        return line.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    }
}
