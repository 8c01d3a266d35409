package jp.spamcenter.web.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The center's production classes keep the module borders. */
@AnalyzeClasses(packages = "jp.spamcenter", importOptions = ProductionClasses.class)
class ModuleBordersTest {

    @ArchTest
    static final ArchRule onlyApisAcrossModules = CenterArchitecture.ONLY_APIS_ACROSS_MODULES;

    @ArchTest
    static final ArchRule allowedDirections = CenterArchitecture.ALLOWED_DIRECTIONS;

    @ArchTest
    static final ArchRule noCycles = CenterArchitecture.NO_CYCLES;

    @ArchTest
    static final ArchRule pagesOnlyInWeb = CenterArchitecture.PAGES_ONLY_IN_WEB;

    @ArchTest
    static final ArchRule modulesAreApiAndInternal = CenterArchitecture.MODULES_ARE_API_AND_INTERNAL;

    @ArchTest
    static final ArchRule noEntitiesInApis = CenterArchitecture.NO_ENTITIES_IN_APIS;

    @ArchTest
    static final ArchRule oneClock = CenterArchitecture.ONE_CLOCK;

    @ArchTest
    static final ArchRule layersInsideModules = CenterArchitecture.LAYERS_INSIDE_MODULES;

    @ArchTest
    static final ArchRule noQueriesInApplication = CenterArchitecture.NO_QUERIES_IN_APPLICATION;
}
