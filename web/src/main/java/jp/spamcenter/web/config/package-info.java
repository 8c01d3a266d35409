/** How the center is put together at deployment: the datasource, schema migration and security. */
package jp.spamcenter.web.config;
