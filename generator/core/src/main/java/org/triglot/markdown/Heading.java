package org.triglot.markdown;

/** A section heading of an article body: its level (1–6), its anchor id and its text. */
public record Heading(int level, String id, String text) {}
