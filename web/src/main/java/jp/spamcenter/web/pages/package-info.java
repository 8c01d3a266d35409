/**
 * Backing beans of the pages, one per page, translating between the page and the modules' apis. They are
 * grouped by who uses them, as the pages' folders are: {@code citizen} (the public pages at the root:
 * {@code index.xhtml}, {@code status.xhtml}, {@code faq.xhtml}, {@code statistics.xhtml}), {@code advisor}
 * ({@code advisor/*.xhtml}), {@code manager} ({@code manager/*.xhtml}), {@code admin} ({@code admin/*.xhtml}),
 * {@code staff} (signing in and the staff session, {@code staff/*.xhtml}); {@code shared} holds the helpers they
 * all use (texts, the clock, languages, charts, prefectures, the report form).
 */
package jp.spamcenter.web.pages;
