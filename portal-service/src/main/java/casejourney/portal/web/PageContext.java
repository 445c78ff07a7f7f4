package casejourney.portal.web;

import casejourney.portal.session.SessionNotice;

/**
 * What the base layout needs on every page, as the model attribute {@code page}.
 *
 * @param lang {@code en} or {@code cy}
 * @param otherLang the other one
 * @param otherLangUrl this page in the other language
 * @param path this page's path and query, for "come back here" forms
 * @param session the session notice, or null when nobody is signed in
 * @param family true unless the person is staff: family pages carry the quick exit
 * @param quickExitUrl where the quick exit goes
 */
public record PageContext(
    String lang,
    String otherLang,
    String otherLangUrl,
    String path,
    SessionNotice session,
    boolean family,
    String quickExitUrl) {

  /** True when someone is signed in. */
  public boolean signedIn() {
    return session != null;
  }
}
