/**
 * Benchmarks of the whole center, run on demand ({@code ./mvnw -Pbench verify -pl web -am}): they start the
 * real WAR on Payara Micro against an embedded MariaDB and print figures; they never fail on time.
 */
package jp.spamcenter.web.bench;
