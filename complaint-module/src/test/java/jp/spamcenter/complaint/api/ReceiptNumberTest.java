package jp.spamcenter.complaint.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import jp.spamcenter.complaint.testsupport.Typed;
import org.junit.jupiter.api.Test;

class ReceiptNumberTest {

    @Test
    void randomNumbersAreGroupedAndUseOnlyUnambiguousCharacters() {
        var number = ReceiptNumber.random();
        assertThat(number.value()).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
    }

    @Test
    void randomNumbersDoNotRepeat() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(ReceiptNumber.random().value());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void whatACitizenTypesIsReadWithoutCaseSpacesOrHyphens() {
        var number = ReceiptNumber.random(new Random(7));
        String typed = " " + number.value().toLowerCase().replace("-", " ") + " ";
        assertThat(ReceiptNumber.parse(typed)).contains(number);
        assertThat(ReceiptNumber.parse(number.value().replace("-", ""))).contains(number);
    }

    @Test
    void fullWidthInputFromAPhoneKeyboardIsReadToo() {
        var number = ReceiptNumber.random(new Random(11));
        assertThat(ReceiptNumber.parse(Typed.fullWidth(number.value()))).contains(number);
        assertThat(ReceiptNumber.parse(
                        Typed.fullWidth(number.value().toLowerCase()).replace('－', 'ー')))
                .contains(number);
        assertThat(ReceiptNumber.parse(number.value().replace("-", "\u3000"))).contains(number);
    }

    @Test
    void aSwapOfTwoNeighboursIsCaught() {
        var random = new Random(42);
        for (int n = 0; n < 1_000; n++) {
            String chars = ReceiptNumber.random(random).value().replace("-", "");
            for (int i = 0; i + 1 < chars.length(); i++) {
                if (chars.charAt(i) == chars.charAt(i + 1)) {
                    continue;
                }
                char[] swapped = chars.toCharArray();
                swapped[i] = chars.charAt(i + 1);
                swapped[i + 1] = chars.charAt(i);
                assertThat(ReceiptNumber.parse(new String(swapped)))
                        .as("swap at %d of %s", i, chars)
                        .isEmpty();
            }
        }
    }

    @Test
    void somethingElseIsNoReceiptNumber() {
        assertThat(ReceiptNumber.parse(null)).isEmpty();
        assertThat(ReceiptNumber.parse("")).isEmpty();
        assertThat(ReceiptNumber.parse("ABCD-EFGH-JKL")).isEmpty();
        assertThat(ReceiptNumber.parse("0000-0000-0000")).isEmpty();
        assertThatThrownBy(() -> new ReceiptNumber("ABCD-EFGH-JKLM")).isInstanceOf(IllegalArgumentException.class);
    }
}
