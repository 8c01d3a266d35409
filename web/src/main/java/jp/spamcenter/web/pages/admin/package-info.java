/**
 * The administrators' pages ({@code admin/*.xhtml}): staff accounts, partners' api keys, the referral directory,
 * the analysis queue and the statistics' rebuild and checks.
 */
package jp.spamcenter.web.pages.admin;
