package casejourney.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/** One Chromium for all browser tests in this JVM. */
public final class Browsers {

  private static Browser browser;

  private Browsers() {}

  public static synchronized Browser shared() {
    if (browser == null) {
      Playwright playwright = playwright();
      browser = launch(playwright);
      Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "playwright-close"));
    }
    return browser;
  }

  /**
   * A Playwright of the calling thread's own (Playwright objects must stay on the thread that made
   * them); close it when done.
   */
  static Playwright playwright() {
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  static Browser launch(Playwright playwright) {
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium"))
                .setArgs(
                    List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run")));
  }

  /** How Thymeleaf shows a message key it cannot find: {@code ??quote.label.note_en??}. */
  private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.:-]+_\\w+\\?\\?");

  /** Every message key the page shows in place of words, because no bundle has it. */
  public static List<String> missingMessages(Page page) {
    return MISSING_MESSAGE.matcher(page.content()).results().map(MatchResult::group).toList();
  }

  /**
   * Words split across two lines inside themselves ("Pl / an / s"), named with the element they are
   * in. At a wide window nothing should need it; a word broken there means a box narrower than its
   * own text, which a reader sees as gibberish and axe does not report. Hyphens and slashes are
   * places a word may break, so the parts between them are checked.
   */
  @SuppressWarnings("unchecked")
  public static List<String> brokenWords(Page page) {
    return (List<String>) page.evaluate(BROKEN_WORDS);
  }

  private static final String BROKEN_WORDS =
      """
      () => {
        const found = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node && found.length < 5; node = walker.nextNode()) {
          const parent = node.parentElement;
          if (!parent || parent.closest('.govuk-visually-hidden, script, style, noscript')) continue;
          if (parent.getClientRects().length === 0) continue;
          const re = /[^\\s\\-\u2010\u2013\u2014\\/]{2,}/g;
          let m;
          while ((m = re.exec(node.data)) && found.length < 5) {
            const range = document.createRange();
            range.setStart(node, m.index);
            range.setEnd(node, m.index + m[0].length);
            const tops = new Set(Array.from(range.getClientRects())
                .filter(r => r.width > 0).map(r => Math.round(r.top)));
            if (tops.size > 1) found.push(parent.tagName + '.' + parent.className + ' "' + m[0] + '"');
          }
        }
        return found;
      }
      """;
}
