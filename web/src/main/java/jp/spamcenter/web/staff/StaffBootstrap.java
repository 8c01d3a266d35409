package jp.spamcenter.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start: makes sure the center has an administrator, and in demo mode an advisor and a manager.
 *
 * <p>The first administrator's password comes from {@code admin.initial-password} (environment
 * {@code ADMIN_INITIAL_PASSWORD}); without it one is generated and printed once, at this first start. Demo
 * mode ({@code demo.mode=true}, environment {@code DEMO_MODE}) gives the demo accounts fresh passwords at
 * every start and prints them: it is for trying the center out, never for real data.
 */
@Singleton
@Startup
@DependsOn("CenterDatabase")
public class StaffBootstrap {

    static final String ADMIN = "admin";
    static final String DEMO_ADVISOR = "advisor";
    static final String DEMO_MANAGER = "manager";

    private static final Logger LOG = Logger.getLogger(StaffBootstrap.class.getName());

    @Inject
    StaffAccounts accounts;

    @Inject
    @ConfigProperty(name = "admin.initial-password")
    Optional<String> initialAdminPassword;

    @Inject
    @ConfigProperty(name = "demo.mode", defaultValue = "false")
    boolean demoMode;

    @PostConstruct
    void ensureAccounts() {
        if (!accounts.anyWithRole(StaffRole.ADMIN)) {
            createFirstAdmin();
        }
        if (demoMode) {
            resetDemoAccount(DEMO_ADVISOR, "Demo advisor", StaffRole.ADVISOR);
            resetDemoAccount(DEMO_MANAGER, "Demo manager", StaffRole.MANAGER);
        }
    }

    private void createFirstAdmin() {
        Optional<String> configured = initialAdminPassword.filter(p -> !p.isBlank());
        char[] password = configured.map(String::toCharArray).orElseGet(StaffAccounts::randomPassword);
        accounts.create(ADMIN, "Administrator", password, EnumSet.of(StaffRole.ADMIN));
        if (configured.isPresent()) {
            LOG.warning("First administrator '" + ADMIN + "' created with the configured admin.initial-password.");
        } else {
            LOG.warning(banner("First administrator created. Sign in at /staff/login.xhtml as '" + ADMIN
                    + "' with password " + new String(password) + " . It is shown only this once."));
        }
    }

    private void resetDemoAccount(String username, String displayName, StaffRole role) {
        char[] password = StaffAccounts.randomPassword();
        if (accounts.find(username).isPresent()) {
            accounts.setPassword(username, password);
        } else {
            accounts.create(username, displayName, password, EnumSet.of(role));
        }
        LOG.warning(banner("DEMO MODE: sign in as '" + username + "' with password " + new String(password)));
    }

    private static String banner(String text) {
        String line = "=".repeat(Math.min(100, text.length()));
        return "\n" + line + "\n" + text + "\n" + line;
    }
}
