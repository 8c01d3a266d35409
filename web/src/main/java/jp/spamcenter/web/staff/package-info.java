/** The center's staff accounts (advisors, managers, administrators) and their roles, in the web_ tables. */
package jp.spamcenter.web.staff;
