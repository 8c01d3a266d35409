package jp.spamcenter.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Payara's start banner lists its URLs at the host's resolved address (192.0.2.2 on some machines), which a
 * newcomer takes for the address to open: the launcher starts Payara with its own logging settings, where only
 * the banner's loggers are raised to WARNING.
 */
class QuietBannerTest {

    @Test
    void theBannerLoggersAreRaisedAndEverythingElseIsKept(@TempDir Path dir) throws Exception {
        Path microJar = dir.resolve("payara-micro.jar");
        try (var jar = new JarOutputStream(Files.newOutputStream(microJar))) {
            jar.putNextEntry(new JarEntry("MICRO-INF/domain/logging.properties"));
            jar.write(("handlers=java.util.logging.ConsoleHandler\n"
                            + "PayaraMicro.level=INFO\n"
                            + "javax.enterprise.system.core.level=INFO\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            jar.closeEntry();
        }

        String settings = Files.readString(PayaraMicro.quietBanner(microJar), StandardCharsets.ISO_8859_1);

        assertThat(settings.lines())
                .contains(
                        "handlers=java.util.logging.ConsoleHandler",
                        "PayaraMicro.level=WARNING",
                        "fish.payara.nucleus.cluster.PayaraCluster.level=WARNING",
                        "javax.enterprise.system.core.level=INFO")
                .doesNotContain("PayaraMicro.level=INFO");
    }

    @Test
    void aJarWithoutPayarasSettingsIsNamed(@TempDir Path dir) throws Exception {
        Path notMicro = dir.resolve("other.jar");
        try (var jar = new JarOutputStream(Files.newOutputStream(notMicro))) {
            jar.putNextEntry(new JarEntry("README"));
            jar.closeEntry();
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PayaraMicro.quietBanner(notMicro))
                .hasMessageContaining("other.jar")
                .hasMessageContaining("MICRO-INF/domain/logging.properties");
    }
}
