/**
 * Tests through the real WAR on Payara Micro (Arquillian, one shared deployment) and in a real browser.
 * Everything talks to 127.0.0.1 only.
 */
package jp.spamcenter.web.it;
