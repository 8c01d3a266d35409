/**
 * Runs the center on a developer's machine: the embedded MariaDB and Payara Micro with the built WAR
 * ({@code ./mvnw -Prun}). Lives with the tests because it uses their embedded database and is never
 * part of the WAR.
 */
package jp.spamcenter.web.launch;
