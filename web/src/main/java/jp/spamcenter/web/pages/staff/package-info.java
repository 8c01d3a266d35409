/** Signing in ({@code staff/login.xhtml}) and the signed-in staff member's session, for every staff page. */
package jp.spamcenter.web.pages.staff;
