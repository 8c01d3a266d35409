/** Backing beans of the pages, one per page, translating between the page and the modules' apis. */
package jp.spamcenter.web.pages;
