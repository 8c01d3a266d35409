/** The center's REST api under /api: thin resources over the modules' apis, errors as problem+json. */
package jp.spamcenter.web.rest;
