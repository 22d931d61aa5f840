package org.pavilion.shared.problem;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The words of problem details in English and Korean, from one message bundle ({@code messages/problems.properties}
 * and {@code messages/problems_ko.properties}): a title and a general detail per problem type. An English answer keeps
 * the service's specific detail; a Korean one ({@code Accept-Language: ko}, or {@code ko-KR}, by the usual negotiation)
 * takes both from the Korean bundle. {@code type}, {@code status} and {@code errors[].field} never change.
 */
public final class ProblemTexts {

    private static final Properties ENGLISH = load("messages/problems.properties");
    private static final Properties KOREAN = load("messages/problems_ko.properties");
    private static final List<String> SUPPORTED = List.of("en", "ko");

    private ProblemTexts() {
    }

    /** Whether an {@code Accept-Language} header asks for Korean before English; a malformed header is English. */
    public static boolean prefersKorean(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return false;
        }
        try {
            return "ko".equals(Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** The problem in the language asked for. */
    public static Problem localized(Problem problem, boolean korean) {
        String slug = problem.type() == null ? "" : problem.type().substring(problem.type().lastIndexOf('/') + 1);
        if (korean) {
            return new Problem(problem.type(), text(KOREAN, slug, "title"), problem.status(), text(KOREAN, slug, "detail"),
                    problem.instance(), problem.errors());
        }
        String title = ENGLISH.getProperty(slug + ".title", problem.title());
        return new Problem(problem.type(), title, problem.status(), problem.detail(), problem.instance(), problem.errors());
    }

    private static String text(Properties bundle, String slug, String part) {
        return bundle.getProperty(slug + "." + part, bundle.getProperty("default." + part));
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = ProblemTexts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing message bundle " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
