package org.pavilion.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.sql.Connection;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the code, checked on the compiled classes (plain JUnit, no container):
 * native SQL only in ledgers, repositories, queries and the audit and idempotency stores; the shared
 * foundations never reach up into a feature; entities and rules never know about HTTP.
 */
class ArchitectureTest {

    static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.pavilion");
    }

    static final DescribedPredicate<JavaClass> SQL_HOMES = new DescribedPredicate<>(
            "ledgers, repositories, queries and the audit and idempotency stores") {
        @Override
        public boolean test(JavaClass type) {
            String name = type.getSimpleName().isEmpty() ? type.getEnclosingClass().map(JavaClass::getSimpleName).orElse("")
                    : outermost(type).getSimpleName();
            return name.endsWith("Ledger") || name.endsWith("Repository") || name.endsWith("Query")
                    || type.getPackageName().equals("org.pavilion.shared.audit")
                    || type.getPackageName().equals("org.pavilion.shared.idempotency");
        }
    };

    static JavaClass outermost(JavaClass type) {
        JavaClass current = type;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    /** Native SQL lives only where a reader looks for it. Development-only code (embedded database set-up) is exempt. */
    static final ArchRule NATIVE_SQL_ONLY_IN_SQL_HOMES = noClasses().that(DescribedPredicate.not(SQL_HOMES))
            .and().resideOutsideOfPackage("org.pavilion.dev..")
            .should().callMethod(EntityManager.class, "createNativeQuery", String.class)
            .orShould().callMethod(EntityManager.class, "createNativeQuery", String.class, Class.class)
            .orShould().callMethodWhere(JavaCall.Predicates.target(
                    HasOwner.Predicates.With.owner(
                            DescribedPredicate.describe("java.sql.Connection",
                                    (JavaClass owner) -> owner.isAssignableTo(Connection.class)))))
            .because("SQL belongs in *Ledger, *Repository and *Query classes (and the audit and idempotency stores)");

    static final ArchRule SHARED_NEVER_REACHES_INTO_FEATURES = noClasses().that().resideInAPackage("org.pavilion.shared..")
            .should().dependOnClassesThat().resideInAnyPackage("org.pavilion.company..", "org.pavilion.fair..", "org.pavilion.fx..",
                    "org.pavilion.outcome..", "org.pavilion.participation..", "org.pavilion.programme..", "org.pavilion.report..",
                    "org.pavilion.voucher..", "org.pavilion.selection..", "org.pavilion.followup..", "org.pavilion.document..",
                    "org.pavilion.notification..", "org.pavilion.dashboard..")
            .because("the shared foundations are used by every feature and depend on none");

    static final ArchRule ENTITIES_NEVER_KNOW_HTTP = noClasses().that().areAnnotatedWith(Entity.class)
            .or().resideInAPackage("org.pavilion.shared.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.pavilion.shared.problem..")
            .because("entities and rules throw domain refusals; the problem mapper decides what HTTP makes of them");

    static final DescribedPredicate<JavaClass> API_REQUEST_RECORDS = new DescribedPredicate<>("API request records") {
        @Override
        public boolean test(JavaClass type) {
            String name = outermost(type).getSimpleName();
            return name.endsWith("Requests") || name.endsWith("Details") || name.endsWith("Patch") || name.endsWith("Change");
        }
    };

    static final ArchRule ENTITIES_NEVER_TAKE_REQUESTS = noClasses().that().areAnnotatedWith(Entity.class)
            .should().dependOnClassesThat(API_REQUEST_RECORDS)
            .because("a request record makes the entity (or the service maps it); the entity knows only domain values");

    static final ArchRule RESOURCES_NEVER_TOUCH_ENTITIES = noClasses().that().areAnnotatedWith(Path.class)
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .because("resources speak in requests and views; services hand them views (with the version for the ETag)");

    @Test
    void resourcesNeverTouchEntities() {
        RESOURCES_NEVER_TOUCH_ENTITIES.check(production);
    }

    @Test
    void entitiesNeverTakeApiRequestRecords() {
        ENTITIES_NEVER_TAKE_REQUESTS.check(production);
    }

    @Test
    void nativeSqlOnlyInLedgersRepositoriesAndQueries() {
        NATIVE_SQL_ONLY_IN_SQL_HOMES.check(production);
    }

    @Test
    void theSharedFoundationsNeverReachIntoAFeature() {
        SHARED_NEVER_REACHES_INTO_FEATURES.check(production);
    }

    @Test
    void entitiesNeverKnowHttp() {
        ENTITIES_NEVER_KNOW_HTTP.check(production);
    }

    /** The rules fail when broken: checked against a class of this test package that breaks each one. */
    @Test
    void theRulesCatchAViolation() {
        JavaClasses violator = new ClassFileImporter().importClasses(ViolatingService.class);
        Assertions.assertThatThrownBy(() -> NATIVE_SQL_ONLY_IN_SQL_HOMES.check(violator))
                .isInstanceOf(AssertionError.class).hasMessageContaining("createNativeQuery");
    }

    /** A service issuing SQL itself: what the rule exists to refuse. */
    static class ViolatingService {
        EntityManager em;

        int bumpEverything() {
            return em.createNativeQuery("update programmes set version = version + 1").executeUpdate();
        }
    }
}
