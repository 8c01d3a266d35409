/**
 * Test support shared by every module's tests (published as the complaint module's test-jar, as every
 * module may depend on complaint): the embedded MariaDB and Java SE persistence units migrated by Flyway.
 */
package jp.spamcenter.complaint.testsupport;
