/** Servlet filters applied to every response: the chosen language and the security headers. */
package jp.spamcenter.web.http;
