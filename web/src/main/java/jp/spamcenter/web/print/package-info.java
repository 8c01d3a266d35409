/**
 * Printed documents (referral letters, the monthly report) as PDF, set in Noto Sans JP (OFL 1.1), which the
 * build fetches from the npm registry into this package with its licence.
 */
package jp.spamcenter.web.print;
