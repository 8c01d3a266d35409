package jp.spamcenter.complaint.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Random;
import jp.spamcenter.complaint.testsupport.TypicalSpam;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the full analysis against a bare mime4j parse of the same messages, on one thread (one core).
 * Prints figures; never fails on time. Run: {@code ./mvnw -pl complaint-module -am test -Pbench}.
 */
@Tag("bench")
class AnalysisBenchmark {

    private static final int MESSAGES = 300;
    private static final long WARM_UP_MS = 5_000;
    /**
     * The two are measured in turns, so that a change in the machine's speed during the run (a shared
     * virtual machine's neighbours) weighs on both alike.
     */
    private static final int ROUNDS = 6;

    private static final long ROUND_MS = 2_000;

    @Test
    void typicalMessages() throws Exception {
        compare("typical messages", TypicalSpam.messages(new Random(2026), MESSAGES));
    }

    @Test
    void linkDenseMessages() throws Exception {
        compare("link-dense messages (a link on every line)", TypicalSpam.linkDense(new Random(2026), MESSAGES));
    }

    @Test
    void theEvaluationSet() throws Exception {
        compare(
                "the evaluation set (mail in every form, SMS)",
                EvaluationSet.load().stream().map(EvaluationSet.Sample::message).toList());
    }

    private static void compare(String title, List<byte[]> messages) throws Exception {
        long bytes = messages.stream().mapToLong(m -> m.length).sum();
        var analyzer = new MessageAnalyzer(
                MessageAnalyzer.Limits.DEFAULT,
                List.of(),
                MaxMindCountries.bundled().orElse(CountryLookup.NONE));

        run(messages, m -> analyzer.analyse(m), WARM_UP_MS);
        run(messages, AnalysisBenchmark::bareParse, WARM_UP_MS);
        double analysedSum = 0;
        double parsedSum = 0;
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (int round = 0; round < ROUNDS; round++) {
            double analysed = run(messages, m -> analyzer.analyse(m), ROUND_MS);
            double parsed = run(messages, AnalysisBenchmark::bareParse, ROUND_MS);
            analysedSum += analysed;
            parsedSum += parsed;
            lowest = Math.min(lowest, analysed / parsed);
            highest = Math.max(highest, analysed / parsed);
        }
        double analysed = analysedSum / ROUNDS;
        double parsed = parsedSum / ROUNDS;

        System.out.printf(
                "%n=== analysis benchmark, %s: %d messages, %.1f KB average, one thread ===%n",
                title, messages.size(), bytes / 1024.0 / messages.size());
        System.out.printf("full analysis : %8.0f messages/s%n", analysed);
        System.out.printf("bare mime4j   : %8.0f messages/s%n", parsed);
        System.out.printf(
                "ratio         : %8.1f %% of the bare parse rate (rounds: %.1f–%.1f %%)%n%n",
                100 * analysed / parsed, 100 * lowest, 100 * highest);
        assertThat(analysed).isPositive();
    }

    private interface Work {
        Object on(byte[] message) throws Exception;
    }

    private static double run(List<byte[]> messages, Work work, long millis) throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        long start = System.nanoTime();
        long count = 0;
        Object sink = null;
        while (System.nanoTime() < end) {
            for (byte[] m : messages) {
                sink = work.on(m);
                count++;
            }
        }
        if (sink == null) {
            throw new IllegalStateException();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static Object bareParse(byte[] message) throws Exception {
        var builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        return builder.parseMessage(new ByteArrayInputStream(message));
    }
}
