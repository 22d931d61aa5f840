package org.pavilion.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pavilion.shared.problem.ProblemTexts;

/**
 * Every problem type the code can answer has a title and a detail in English and in Korean, in the one message bundle.
 * The types are found in the sources, wherever a problem is made, so a new type without its words fails here.
 */
class ProblemLanguagesTest {

    /** The places a problem type is named: a refusal's or problem's constructor, TYPE_BASE + "...", HttpProblems' cases. */
    static final Pattern TYPE = Pattern.compile(
            "(?:StateConflict|BrokenRule|Conflict|BusinessRule|ApiProblem|super)\\(\\s*(?:\\d{3},\\s*)?\"([a-z]+(?:-[a-z]+)*)\""
                    + "|TYPE_BASE \\+ \"([a-z]+(?:-[a-z]+)*)\"|case \\d{3} -> \"([a-z]+(?:-[a-z]+)*)\";");

    static Set<String> problemTypesInTheSources() throws IOException {
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                Matcher m = TYPE.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= 3; g++) {
                        if (m.group(g) != null) {
                            types.add(m.group(g));
                        }
                    }
                }
            }
        }
        return types;
    }

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src", "main", "resources", "messages", name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void everyProblemTypeHasATitleAndADetailInBothLanguages() throws IOException {
        Set<String> types = problemTypesInTheSources();
        assertThat(types).as("the scan finds the problem types").contains("budget-exceeded", "validation-failed",
                "unauthorized", "webhook-url-not-allowed", "payload-too-large", "duplicate-brn").hasSizeGreaterThan(50);
        Properties english = bundle("problems.properties");
        Properties korean = bundle("problems_ko.properties");
        for (String type : types) {
            for (String part : new String[] { "title", "detail" }) {
                assertThat(english.getProperty(type + "." + part)).as("English " + type + "." + part).isNotBlank();
                assertThat(korean.getProperty(type + "." + part)).as("Korean " + type + "." + part).isNotBlank()
                        .matches(s -> s.chars().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3), "is written in Hangul");
            }
        }
        assertThat(korean.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void koreanIsChosenByTheUsualNegotiation() {
        assertThat(ProblemTexts.prefersKorean("ko")).isTrue();
        assertThat(ProblemTexts.prefersKorean("ko-KR")).isTrue();
        assertThat(ProblemTexts.prefersKorean("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7")).isTrue();
        assertThat(ProblemTexts.prefersKorean("en-US,en;q=0.9,ko;q=0.8")).isFalse();
        assertThat(ProblemTexts.prefersKorean("ko;q=0.1, en")).isFalse();
        assertThat(ProblemTexts.prefersKorean("fr, ko;q=0.5")).isTrue();
        assertThat(ProblemTexts.prefersKorean("*")).isFalse();
        assertThat(ProblemTexts.prefersKorean(null)).isFalse();
        assertThat(ProblemTexts.prefersKorean(";;;q=x")).isFalse();
    }
}
