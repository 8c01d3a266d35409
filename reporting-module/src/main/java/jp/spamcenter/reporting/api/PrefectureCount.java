package jp.spamcenter.reporting.api;

/** How many complaints came from one prefecture (JIS X 0401 code). */
public record PrefectureCount(String prefectureCode, long complaints) implements java.io.Serializable {}
