package jp.spamcenter.web.it;

import java.io.File;
import java.net.URI;
import java.net.URL;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment of the suite: the WAR exactly as the build packaged it. */
@ArquillianSuiteDeployment
public final class CenterDeployment {

    /** The first administrator's password, given to the server in arquillian.xml. */
    public static final String ADMIN_PASSWORD = "it-admin-Passw0rd-2026";

    private CenterDeployment() {}

    @Deployment(testable = false)
    public static WebArchive center() {
        File war = new File(System.getProperty("it.war", "target/spamcenter.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("the WAR is not built: " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * Arquillian hands out the machine's address; tests talk to loopback only, on the same port and path.
     */
    public static URI loopback(URL injected) {
        return URI.create("http://127.0.0.1:" + injected.getPort() + "/");
    }
}
