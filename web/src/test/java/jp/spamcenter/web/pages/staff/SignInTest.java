package jp.spamcenter.web.pages.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** After sign-in the member goes back to the page they asked for: one of the center's own, never elsewhere. */
class SignInTest {

    @Test
    void onlyTheCentersOwnPagesAreGoneBackTo() {
        assertThat(SignIn.isLocalPage("/advisor/case.xhtml?id=42")).isTrue();
        assertThat(SignIn.isLocalPage("/audit/access.xhtml?receipt=K7QM-3XWD-9R2F"))
                .isTrue();
        for (String elsewhere : new String[] {
            null,
            "",
            "https://evil.example/",
            "//evil.example/",
            "/\\evil.example/",
            "advisor/cases.xhtml",
            "/advisor/cases.xhtml\r\nSet-Cookie: x=y",
            "/staff/login.xhtml",
            "/" + "a".repeat(600)
        }) {
            assertThat(SignIn.isLocalPage(elsewhere))
                    .as(String.valueOf(elsewhere))
                    .isFalse();
        }
    }
}
