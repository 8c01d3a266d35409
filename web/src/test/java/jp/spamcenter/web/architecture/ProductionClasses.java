package jp.spamcenter.web.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/** The center's production classes: neither test folders nor the modules' test-jars. */
public final class ProductionClasses implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                && !location.matches(java.util.regex.Pattern.compile(".*-tests\\.jar.*"));
    }
}
