package jp.spamcenter.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher ends when whatever started it ends, as a TERM to {@code ./mvnw -Prun} ends Maven: a real parent
 * process (a shell) starts a real Java process that watches it as the launcher does, the parent is sent TERM,
 * and the child must be gone soon after, its shutdown hooks run.
 */
class ExitWithParentTest {

    /**
     * The child: watches its parent as the launcher does, says so in the marker file, marks its shutdown there
     * too, and would otherwise wait a minute.
     */
    public static void main(String[] args) throws Exception {
        Path marker = Path.of(args[0]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(marker, "stopped");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        CenterLauncher.exitWithParent("parent gone");
        Files.writeString(marker, "watching");
        Thread.sleep(60_000);
    }

    @Test
    void theChildEndsWhenItsParentIsTerminated() throws Exception {
        Path marker = Files.createTempFile("exit-with-parent", ".txt");
        Files.delete(marker);
        String javaCommand =
                Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the shell stays the child's parent: it waits for the child instead of replacing itself with it
        Process parent = new ProcessBuilder(
                        "/bin/sh",
                        "-c",
                        "\"$0\" -cp \"$1\" " + ExitWithParentTest.class.getName() + " \"$2\" & wait",
                        javaCommand,
                        System.getProperty("java.class.path"),
                        marker.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        ProcessHandle child = awaitChild(parent, marker);

        try {
            parent.destroy(); // TERM, as to ./mvnw

            assertThat(child.onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
            assertThat(Files.readString(marker)).isEqualTo("stopped");
        } finally {
            child.destroyForcibly(); // a child that failed the test does not wait out its minute
        }
    }

    /** The child, once it watches its parent. */
    private static ProcessHandle awaitChild(Process parent, Path marker) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            List<ProcessHandle> children = parent.children().toList();
            if (!children.isEmpty() && Files.exists(marker) && "watching".equals(Files.readString(marker))) {
                return children.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the child never started watching its parent");
    }
}
