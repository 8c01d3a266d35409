/** The advice module's private implementation; nothing outside the module may use it. */
package jp.spamcenter.advice.internal;
