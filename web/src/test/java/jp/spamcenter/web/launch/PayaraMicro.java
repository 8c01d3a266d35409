package jp.spamcenter.web.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The center's WAR on Payara Micro in a process of its own: how the launcher and the benchmarks start it. */
public final class PayaraMicro {

    private PayaraMicro() {}

    /**
     * Starts Payara Micro serving the WAR at {@code http://127.0.0.1:port/}, configured by environment variables
     * (MicroProfile Config: {@code DB_URL}, {@code API_REQUESTS_PER_MINUTE}, …).
     *
     * @param log where its output goes; null to share this process's console
     */
    public static Process start(
            Path war, Path microJar, int port, List<String> jvmOptions, Map<String, String> env, Path log)
            throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xss1m");
        if (jvmOptions.stream().noneMatch(o -> o.startsWith("-Djavax.net.ssl.trustStore="))) {
            // Payara lists every expired root of its trust store at start, some 70 lines each: it is given the
            // JDK's roots that are valid today instead
            command.add("-Djavax.net.ssl.trustStore=" + currentRoots());
            command.add("-Djavax.net.ssl.trustStorePassword=" + TRUST_STORE_PASSWORD);
        }
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                microJar.toString(),
                "--deploy",
                war.toAbsolutePath().toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port),
                // one instance: no data grid at all (with only --nocluster, Hazelcast still listens on *:6900)
                "--nohazelcast",
                "--logproperties",
                quietBanner(microJar).toString()));
        var builder = new ProcessBuilder(command);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        builder.environment().putAll(env);
        return builder.start();
    }

    private static final String TRUST_STORE_PASSWORD = "changeit";

    /**
     * The JDK's trusted roots without those expired today, in a PKCS#12 file of this run's own (the JDK's store
     * is left as it is).
     */
    static Path currentRoots() throws IOException {
        try {
            var jdk = java.security.KeyStore.getInstance(
                    Path.of(System.getProperty("java.home"), "lib", "security", "cacerts")
                            .toFile(),
                    TRUST_STORE_PASSWORD.toCharArray());
            var current = java.security.KeyStore.getInstance("PKCS12");
            current.load(null, null);
            var now = new java.util.Date();
            for (String alias : java.util.Collections.list(jdk.aliases())) {
                if (jdk.getCertificate(alias) instanceof java.security.cert.X509Certificate root
                        && !root.getNotAfter().before(now)) {
                    current.setCertificateEntry(alias, root);
                }
            }
            Path file = java.nio.file.Files.createTempFile("center-trusted-roots", ".p12");
            file.toFile().deleteOnExit();
            try (var out = java.nio.file.Files.newOutputStream(file)) {
                current.store(out, TRUST_STORE_PASSWORD.toCharArray());
            }
            return file;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("the JDK's trusted roots could not be read", e);
        }
    }

    /**
     * Payara's own logging settings, but for its start banner: that lists the URLs at the host's resolved
     * address (often not the local one a newcomer opens), so the launcher prints the local address instead.
     */
    static Path quietBanner(Path microJar) throws IOException {
        String settings;
        try (var jar = new java.util.jar.JarFile(microJar.toFile())) {
            var entry = jar.getJarEntry(PAYARA_LOGGING);
            if (entry == null) {
                throw new IOException(microJar + " has no " + PAYARA_LOGGING);
            }
            try (var in = jar.getInputStream(entry)) {
                settings = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            }
        }
        String quiet = settings.replaceAll("(?m)^PayaraMicro\\.level=.*$", "PayaraMicro.level=WARNING")
                + System.lineSeparator()
                + "fish.payara.nucleus.cluster.PayaraCluster.level=WARNING"
                + System.lineSeparator();
        Path file = java.nio.file.Files.createTempFile("center-payara-logging", ".properties");
        file.toFile().deleteOnExit();
        java.nio.file.Files.writeString(file, quiet, java.nio.charset.StandardCharsets.ISO_8859_1);
        return file;
    }

    private static final String PAYARA_LOGGING = "MICRO-INF/domain/logging.properties";

    /** Waits until the home page answers 200; false when the server died or the limit passed. */
    public static boolean waitUntilServing(Process server, int port, Duration limit) throws InterruptedException {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (server.isAlive() && System.nanoTime() < deadline) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return false;
    }
}
