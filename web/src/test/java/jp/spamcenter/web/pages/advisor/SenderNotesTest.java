package jp.spamcenter.web.pages.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The analysis' notes on a sender, read in Japanese and in English; a note of an unknown form as it is. */
class SenderNotesTest {

    private static final List<String> NOTES = List.of(
            "From domain amazon-security.example.test differs from the Message-ID domain bad.test",
            "the display name shows the address support@amazon.co.jp but the message is from x@bad.test",
            "something new");

    @Test
    void inJapanese() {
        assertThat(SenderNotes.notes(NOTES, Locale.JAPANESE))
                .containsExactly(
                        "差出人（From）のドメイン amazon-security.example.test と Message-ID のドメイン bad.test が異なります",
                        "表示名にはアドレス support@amazon.co.jp がありますが、実際の差出人は x@bad.test です",
                        "something new");
    }

    @Test
    void inEnglish() {
        assertThat(SenderNotes.notes(NOTES, Locale.ENGLISH))
                .containsExactly(
                        "The From domain amazon-security.example.test differs from the Message-ID domain bad.test",
                        "The display name shows the address support@amazon.co.jp, but the message is from x@bad.test",
                        "something new");
    }
}
