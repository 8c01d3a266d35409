package jp.spamcenter.web.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import jp.spamcenter.advice.internal.borderviolation.ReadsTheSystemTime;
import jp.spamcenter.advice.internal.borderviolation.RendersFacesInAdvice;
import jp.spamcenter.advice.internal.domain.borderviolation.DomainThatStores;
import jp.spamcenter.complaint.internal.borderviolation.CallsAdviceFromComplaint;
import jp.spamcenter.reporting.internal.application.borderviolation.QueriesInTheApplication;
import jp.spamcenter.reporting.internal.borderviolation.ReadsComplaintEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules fail on deliberately bad classes kept in the test sources: proof that {@link ModuleBordersTest}
 * would catch such a class in production code.
 */
class ModuleBordersCatchViolationsTest {

    private static JavaClasses withViolations;

    @BeforeAll
    static void importProductionAndBadClasses() {
        withViolations = new ClassFileImporter()
                .withImportOption(location ->
                        new ProductionClasses().includes(location) || location.contains("/borderviolation/"))
                .importPackages("jp.spamcenter");
    }

    @Test
    void aModuleReachingIntoAnothersInternalsFails() {
        assertThatThrownBy(() -> CenterArchitecture.ONLY_APIS_ACROSS_MODULES.check(withViolations))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ReadsComplaintEntity.class.getName())
                .hasMessageContaining("jp.spamcenter.complaint.internal.domain.Complaint");
    }

    @Test
    void complaintDependingOnAdviceFailsTheDirectionAndMakesACycle() {
        assertThatThrownBy(() -> CenterArchitecture.ALLOWED_DIRECTIONS.check(withViolations))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(CallsAdviceFromComplaint.class.getName());
        assertThatThrownBy(() -> CenterArchitecture.NO_CYCLES.check(withViolations))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected");
    }

    @Test
    void facesOutsideWebFails() {
        assertThatThrownBy(() -> CenterArchitecture.PAGES_ONLY_IN_WEB.check(withViolations))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(RendersFacesInAdvice.class.getName())
                .hasMessageContaining("jakarta.faces");
    }

    @Test
    void readingTheSystemTimeFails() {
        assertThatThrownBy(() -> CenterArchitecture.ONE_CLOCK.check(withViolations))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ReadsTheSystemTime.class.getName())
                .hasMessageContaining("Instant.now()");
    }

    @Test
    void anApplicationClassWritingSqlFails() {
        assertThatThrownBy(() -> CenterArchitecture.NO_QUERIES_IN_APPLICATION.check(withViolations))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(QueriesInTheApplication.class.getName())
                .hasMessageContaining("createNativeQuery");
    }

    @Test
    void aDomainClassUsingARepositoryFails() {
        assertThatThrownBy(() -> CenterArchitecture.LAYERS_INSIDE_MODULES.check(withViolations))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(DomainThatStores.class.getName())
                .hasMessageContaining("CaseRepository");
    }
}
