package jp.spamcenter.web.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/**
 * The center's module borders as rules (see docs/architecture.md): each module exposes one {@code api}
 * package; {@code web} → every module's api, {@code advice} → complaint's, {@code reporting} → complaint's
 * and advice's, never the reverse; no cycles; only {@code web} knows Faces and PrimeFaces; entities stay
 * inside their module.
 */
final class CenterArchitecture {

    static final List<String> MODULES = List.of("complaint", "advice", "reporting");

    private CenterArchitecture() {}

    /** Outside a module, only its api may be used. */
    static final ArchRule ONLY_APIS_ACROSS_MODULES = CompositeArchRule.of(MODULES.stream()
                    .map(module -> noClasses()
                            .that()
                            .resideOutsideOfPackage("jp.spamcenter." + module + "..")
                            .should()
                            .dependOnClassesThat(resideInAPackage("jp.spamcenter." + module + "..")
                                    .and(not(resideInAPackage("jp.spamcenter." + module + ".api..")))
                                    .as("non-api classes of the " + module + " module"))
                            .as("only the api of the " + module + " module is used outside it"))
                    .map(ArchRule.class::cast)
                    .toList())
            .as("modules are used through their api packages only");

    /** complaint ← advice ← reporting ← web; never the other way. */
    static final ArchRule ALLOWED_DIRECTIONS = CompositeArchRule.of(noClasses()
                    .that()
                    .resideInAPackage("jp.spamcenter.complaint..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("jp.spamcenter.advice..", "jp.spamcenter.reporting..", "jp.spamcenter.web.."))
            .and(noClasses()
                    .that()
                    .resideInAPackage("jp.spamcenter.advice..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("jp.spamcenter.reporting..", "jp.spamcenter.web.."))
            .and(noClasses()
                    .that()
                    .resideInAPackage("jp.spamcenter.reporting..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("jp.spamcenter.web.."))
            .as("modules depend only in the allowed directions: web → reporting → advice → complaint");

    static final ArchRule NO_CYCLES =
            slices().matching("jp.spamcenter.(*)..").should().beFreeOfCycles().as("modules form no cycle");

    static final ArchRule PAGES_ONLY_IN_WEB = noClasses()
            .that()
            .resideInAnyPackage("jp.spamcenter.complaint..", "jp.spamcenter.advice..", "jp.spamcenter.reporting..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
            .as("only the web module uses Faces and PrimeFaces");

    static final ArchRule MODULES_ARE_API_AND_INTERNAL = classes()
            .that()
            .resideInAnyPackage("jp.spamcenter.complaint..", "jp.spamcenter.advice..", "jp.spamcenter.reporting..")
            .should()
            .resideInAnyPackage("jp.spamcenter.*.api..", "jp.spamcenter.*.internal..")
            .as("a module's classes are in its api or its internal package");

    static final ArchRule NO_ENTITIES_IN_APIS = noClasses()
            .that()
            .resideInAPackage("jp.spamcenter.*.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.persistence..")
            .as("apis carry records and ids, never entities");

    /**
     * Time comes from the one injected {@link java.time.Clock} (tests set it instead of sleeping), and days are
     * counted in the one center zone ({@code CenterTime.ZONE}): no class reads the system's time by itself.
     */
    static final ArchRule ONE_CLOCK = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("jp.spamcenter.complaint.api.CenterTime")
            .should()
            .callMethodWhere(new DescribedPredicate<JavaMethodCall>("the system's time or a zone of its own") {
                @Override
                public boolean test(JavaMethodCall call) {
                    var target = call.getTarget();
                    String owner = target.getOwner().getName();
                    if (!owner.startsWith("java.time.")) {
                        return false;
                    }
                    boolean withoutClock =
                            target.getRawParameterTypes().stream().noneMatch(type -> type.isEquivalentTo(Clock.class));
                    return ("now".equals(target.getName()) && withoutClock)
                            || (owner.equals("java.time.ZoneId") && "of".equals(target.getName()))
                            || (owner.equals("java.time.Clock")
                                    && target.getName().startsWith("system"));
                }
            })
            .as("time is read from the injected Clock, in the center's zone");

    /**
     * Inside a module, each piece of work has its room: {@code domain} holds what things are and how they count,
     * knowing nothing of storage or of the steps around it; {@code application} holds the transactions, the
     * security checks and the order of the steps; {@code infrastructure} holds the statements, the mail and the
     * other ways out, for the application to call.
     */
    static final ArchRule LAYERS_INSIDE_MODULES = CompositeArchRule.of(noClasses()
                    .that()
                    .resideInAPackage("jp.spamcenter.*.internal.domain..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "jp.spamcenter.*.internal.application..", "jp.spamcenter.*.internal.infrastructure..")
                    .as("a module's domain depends on neither its application nor its infrastructure"))
            .and(noClasses()
                    .that()
                    .resideInAPackage("jp.spamcenter.*.internal.infrastructure..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("jp.spamcenter.*.internal.application..")
                    .as("a module's infrastructure does not call its application"))
            .as("the layers inside a module: domain ← application → infrastructure → domain");

    /**
     * No application class builds SQL or JPQL: queries live in the repositories of {@code infrastructure}
     * (JPQL as named queries), which answer with entities and records.
     */
    static final ArchRule NO_QUERIES_IN_APPLICATION = CompositeArchRule.of(noClasses()
                    .that()
                    .resideInAPackage("jp.spamcenter.*.internal.application..")
                    .should()
                    .callMethodWhere(new DescribedPredicate<JavaMethodCall>("a query of the entity manager") {
                        @Override
                        public boolean test(JavaMethodCall call) {
                            return call.getTarget().getOwner().isAssignableTo(EntityManager.class)
                                    && call.getTarget().getName().startsWith("create")
                                    && call.getTarget().getName().endsWith("Query");
                        }
                    })
                    .as("application classes create no queries"))
            .and(noClasses()
                    .that()
                    .resideInAPackage("jp.spamcenter.*.internal.application..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("java.sql..")
                    .as("application classes use no JDBC"))
            .as("no application class builds SQL: repositories in infrastructure do");

    static final List<ArchRule> ALL = List.of(
            LAYERS_INSIDE_MODULES,
            NO_QUERIES_IN_APPLICATION,
            ONE_CLOCK,
            ONLY_APIS_ACROSS_MODULES,
            ALLOWED_DIRECTIONS,
            NO_CYCLES,
            PAGES_ONLY_IN_WEB,
            MODULES_ARE_API_AND_INTERNAL,
            NO_ENTITIES_IN_APIS);
}
