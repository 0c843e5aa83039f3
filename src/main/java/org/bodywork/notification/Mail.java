package org.bodywork.notification;

/**
 * A message to write to the outbox. The key names the event and the recipient, e.g.
 * "appointment:42:change:97:client", so one event never makes two messages to one person.
 */
public record Mail(String kind, String key, String recipient, String subject, String text, String html, String ics) {}
