package casejourney.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.api.views.AccessView;
import casejourney.api.views.TimelineView;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The family journeys in real Chromium against the real local stack, with axe on every page. */
class FamilyJourneysIT {

  static final List<String> PARENT_PAGES =
      List.of(
          "/updates",
          "/updates?show=plans",
          "/expected",
          "/what-changed?from=1&to=2",
          "/meeting",
          "/plan/respond",
          "/something-wrong",
          "/something-wrong/new",
          "/glossary");
  static final List<String> YOUNG_PERSON_PAGES =
      List.of(
          "/young-person/meeting",
          "/young-person/take-part",
          "/young-person/views",
          "/young-person/response",
          "/young-person/plan",
          "/young-person/something-wrong",
          "/young-person/something-wrong/new");

  static LocalStack stack;

  @BeforeAll
  static void start() throws Exception {
    stack = LocalStack.shared();
  }

  private Page signIn(String user, String path) {
    return signIn(Browsers.shared(), user, path);
  }

  private static Page signIn(Browser browser, String user, String path) {
    BrowserContext context =
        browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    Page page = context.newPage();
    page.navigate(stack.portalUrl + path);
    page.locator("input[name=username]").fill(user);
    page.locator("input[name=password]").fill("demo");
    page.locator("button[type=submit]").click();
    page.waitForURL(url -> url.startsWith(stack.portalUrl));
    return page;
  }

  @Test
  void a_young_person_sends_written_views_that_only_the_chair_may_see() {
    assertThat(LocalStack.caseServiceProblem).as("case-service").isNull();
    Page page = signIn("young-person", "/young-person/views");
    assertThat(page).hasTitle("Tell us what you think – Case Journey");
    page.getByLabel("In my own words").check();
    page.getByLabel("What do you want to say?")
        .fill("I want to keep seeing my gran. <b>not bold</b>");
    page.getByLabel("Just the chair and my social worker").check();
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Send"))
        .click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("We have got your views");
    page.context().close();
  }

  @Test
  void a_parent_sees_the_flagged_change_with_its_reason_and_acknowledges_the_plan() {
    assertThat(LocalStack.caseServiceProblem).as("case-service").isNull();
    Page page = signIn("parent-a", "/what-changed");
    assertThat(page.locator("main")).containsText("This makes things harder for you.");
    assertThat(page.locator("main")).containsText("The course now starts earlier");
    assertThat(page.locator("main")).containsText("decided between meetings");
    page.getByText("Tell us you have read the plan, or that you disagree").click();
    page.getByLabel("I have read this").check();
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Send"))
        .click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("We have recorded that you have read the plan.");
    if (LocalStack.REAL_PROJECTIONS) {
      // Recorded by case-service, projected, and shown back to the parent within a few seconds.
      boolean shown = false;
      for (int i = 0; i < 20 && !shown; i++) {
        page.waitForTimeout(500);
        page.reload();
        shown = page.locator("main").innerText().contains("you said you have read it");
      }
      assertThat(shown).as("the acknowledgement shown back on the page").isTrue();
    }
    page.context().close();
  }

  @Test
  void
      every_family_page_passes_axe_in_english_and_welsh_at_320_and_1280_and_never_scrolls_sideways() {
    List<String> problems = new ArrayList<>();
    check(signIn("parent-a", "/updates"), PARENT_PAGES, problems);
    check(signIn("young-person", "/young-person/meeting"), YOUNG_PERSON_PAGES, problems);
    assertThat(problems).isEmpty();
  }

  /**
   * The demo family's timeline fits on one page, so the page links are checked on the other
   * family's parent, whose timeline no journey here changes, lengthened to 45 updates for the test
   * and put back afterwards.
   */
  @Test
  void a_timeline_long_enough_for_page_links_passes_axe_in_english_and_welsh_at_320_and_1280() {
    try (MongoClient client = MongoClients.create(stack.mongoUri)) {
      MongoDatabase db = client.getDatabase("casejourney");
      Document access =
          Mono.from(
                  db.getCollection(AccessView.COLLECTION)
                      .find(Filters.eq("_id", "other-parent"))
                      .first())
              .block();
      assertThat(access).as("the other parent's access").isNotNull();
      Document grant = access.getList("cases", Document.class).get(0);
      String id = TimelineView.familyId(grant.getString("caseId"), grant.getString("personId"));
      MongoCollection<Document> timelines = db.getCollection(TimelineView.COLLECTION);
      Document original = Mono.from(timelines.find(Filters.eq("_id", id)).first()).block();
      Document demo = Mono.from(timelines.find(Filters.exists("entries.0")).first()).block();
      assertThat(demo).as("a timeline with entries to copy").isNotNull();
      Document model = demo.getList("entries", Document.class).get(0);
      List<Document> entries = new ArrayList<>();
      for (int i = 44; i >= 0; i--) {
        Document entry = new Document(model);
        entry.put("entryId", "long-" + i);
        entry.put("title", new Document("en", "Update " + i).append("cy", "Diweddariad " + i));
        entries.add(entry);
      }
      Document lengthened = new Document(original == null ? demo : original);
      lengthened.put("_id", id);
      lengthened.put("entries", entries);
      Mono.from(timelines.replaceOne(Filters.eq("_id", id), lengthened, UPSERT)).block();
      try {
        Page page = signIn("other-parent", "/updates?page=2");
        assertThat(page.locator(".govuk-pagination")).isVisible();
        assertThat(page.locator(".govuk-pagination__item--current")).hasText("2");
        List<String> problems = new ArrayList<>();
        check(page, List.of("/updates?page=2"), problems);
        assertThat(problems).isEmpty();
      } finally {
        if (original == null) {
          Mono.from(timelines.deleteOne(Filters.eq("_id", id))).block();
        } else {
          Mono.from(timelines.replaceOne(Filters.eq("_id", id), original)).block();
        }
      }
    }
  }

  private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

  /** Each page is loaded once per language and checked at both widths. */
  private static void check(Page page, List<String> paths, List<String> problems) {
    for (String lang : new String[] {"en", "cy"}) {
      for (String path : paths) {
        page.setViewportSize(320, 800);
        Response response =
            page.navigate(
                stack.portalUrl + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        if (response == null || response.status() != 200) {
          problems.add(
              path + " " + lang + ": status " + (response == null ? "none" : response.status()));
          continue;
        }
        if (!lang.equals(page.locator("html").getAttribute("lang"))) {
          problems.add(path + " " + lang + ": html lang is not " + lang);
        }
        Browsers.missingMessages(page)
            .forEach(m -> problems.add(path + " " + lang + ": no words for " + m));
        for (int width : new int[] {320, 1280}) {
          page.setViewportSize(width, 800);
          String where = path + " " + lang + " " + width + "px: ";
          // Legacy mode runs axe in the page itself; the default also opens a blank page per run
          // to merge the results of iframes, which these pages do not have (and may not embed).
          AxeResults results =
              new AxeBuilder(page)
                  .withTags(List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"))
                  .setLegacyMode(true)
                  .analyze();
          results
              .getViolations()
              .forEach(
                  v ->
                      problems.add(
                          where
                              + v.getId()
                              + " "
                              + v.getNodes().stream()
                                  .map(n -> n.getTarget() + " " + n.getHtml())
                                  .toList()));
          if (SCREENSHOTS != null && lang.equals("en")) {
            page.screenshot(
                new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(
                        java.nio.file.Path.of(
                            SCREENSHOTS,
                            path.replaceAll("[^a-z0-9]+", "_") + "-" + width + ".png")));
          }
          Object sideways =
              page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
          if (Boolean.TRUE.equals(sideways)) {
            problems.add(where + "scrolls horizontally " + page.evaluate(WIDEST));
          }
          if (width == 1280) {
            Browsers.brokenWords(page).forEach(w -> problems.add(where + "breaks a word: " + w));
          }
        }
      }
    }
    page.context().close();
  }

  /** With {@code -Dportal.it.screenshots=folder}, a screenshot of each English page per width. */
  private static final String SCREENSHOTS = System.getProperty("portal.it.screenshots");

  /** What sticks out past the right edge, to say why a page scrolls sideways. */
  private static final String WIDEST =
      "() => Array.from(document.querySelectorAll('body *'))"
          + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth)"
          + ".slice(0, 5).map(e => e.tagName + '.' + e.className).join(', ')";
}
