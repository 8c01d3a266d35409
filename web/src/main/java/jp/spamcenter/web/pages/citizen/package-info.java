/**
 * The citizens' pages: filing a report ({@code index.xhtml}, {@link jp.spamcenter.web.pages.citizen.FileReport}),
 * following it ({@code status.xhtml}, {@link jp.spamcenter.web.pages.citizen.FollowReport}), the advice
 * ({@code faq.xhtml}) and the public figures ({@code statistics.xhtml}).
 */
package jp.spamcenter.web.pages.citizen;
