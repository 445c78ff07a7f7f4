package casejourney.caseservice.domain;

/**
 * Who sent a command, from its metadata: the sign-in subject and the role they acted in. Either may
 * be null when the metadata is missing, which no permission accepts.
 */
record Actor(String subject, String role) {}
