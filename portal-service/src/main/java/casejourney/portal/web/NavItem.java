package casejourney.portal.web;

/** A link in the service navigation: its path and the message key of its text. */
public record NavItem(String path, String key) {}
