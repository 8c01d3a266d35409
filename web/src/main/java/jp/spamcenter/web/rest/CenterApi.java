package jp.spamcenter.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST api's root: {@code /api}. */
@ApplicationPath("api")
public class CenterApi extends Application {}
