/**
 * The advisors' pages ({@code advisor/*.xhtml}): the case list, a case with its conversation, referrals and
 * assignment, a report taken by phone, the guidance articles and the supervisors' view.
 */
package jp.spamcenter.web.pages.advisor;
