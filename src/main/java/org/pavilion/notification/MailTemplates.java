package org.pavilion.notification;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

/**
 * The e-mails' words: one Qute template per kind ({@code templates/mail/<kind>.txt}) with a subject and a body
 * fragment per language ({@code subject_ko}, {@code body_ko}, {@code subject_en}, {@code body_en}).
 */
@ApplicationScoped
class MailTemplates {

    static final String[] LANGUAGES = { "ko", "en" };

    @Inject
    Engine engine;

    /** A mail ready to send. */
    record Rendered(String subject, String body) {
    }

    Rendered render(String template, String language, Map<String, Object> data) {
        Template mail = engine.getTemplate("mail/" + template);
        if (mail == null) {
            throw new IllegalStateException("No mail template " + template);
        }
        return new Rendered(fragment(mail, "subject_" + language, data).trim(), fragment(mail, "body_" + language, data).strip() + "\n");
    }

    private static String fragment(Template template, String id, Map<String, Object> data) {
        Template.Fragment fragment = template.getFragment(id);
        if (fragment == null) {
            throw new IllegalStateException("The mail template " + template.getId() + " has no fragment " + id);
        }
        TemplateInstance instance = fragment.instance();
        data.forEach(instance::data);
        return instance.render();
    }
}
