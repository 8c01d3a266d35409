/**
 * The center's WAR: pages, REST resources, security and configuration. It holds no business logic of its
 * own; it calls the modules' api packages and shows their records.
 */
package jp.spamcenter.web;
