package jp.spamcenter.web.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
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
            .callMethodWhere(
                    new com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall>(
                            "the system's time or a zone of its own") {
                        @Override
                        public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                            var target = call.getTarget();
                            String owner = target.getOwner().getName();
                            if (!owner.startsWith("java.time.")) {
                                return false;
                            }
                            boolean withoutClock = target.getRawParameterTypes().stream()
                                    .noneMatch(type -> type.isEquivalentTo(java.time.Clock.class));
                            return ("now".equals(target.getName()) && withoutClock)
                                    || (owner.equals("java.time.ZoneId") && "of".equals(target.getName()))
                                    || (owner.equals("java.time.Clock")
                                            && target.getName().startsWith("system"));
                        }
                    })
            .as("time is read from the injected Clock, in the center's zone");

    static final List<ArchRule> ALL = List.of(
            ONE_CLOCK,
            ONLY_APIS_ACROSS_MODULES,
            ALLOWED_DIRECTIONS,
            NO_CYCLES,
            PAGES_ONLY_IN_WEB,
            MODULES_ARE_API_AND_INTERNAL,
            NO_ENTITIES_IN_APIS);
}
