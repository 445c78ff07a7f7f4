package casejourney.portal.staff;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import casejourney.infra.embedded.DemoSeeder;
import casejourney.portal.browser.Browsers;
import casejourney.portal.browser.LocalStack;
import casejourney.portal.support.Fixtures;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The worker's and the chair's journeys in real Chromium against the real local stack (shared with
 * the family browser tests), with axe on every staff page.
 */
class StaffJourneysIT {

  static final String CASE = "/staff/cases/" + Fixtures.MORGAN;
  static final List<String> WORKER_PAGES =
      List.of(
          "/staff",
          CASE,
          CASE + "/meetings/new",
          CASE + "/plan/new",
          // The demo case has its strategy discussion: this is the page saying it cannot be
          // recorded again, the same layout as the other refusals.
          CASE + "/strategy-discussion",
          "/staff/cases/new",
          CASE + "/close",
          CASE + "/worker");
  static final List<String> CHAIR_PAGES = List.of("/staff", CASE);

  static LocalStack stack;

  @BeforeAll
  static void start() throws Exception {
    stack = LocalStack.shared();
  }

  private Page signIn(String user, String path) {
    Browser browser = Browsers.shared();
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
  void a_worker_tightens_a_deadline_is_refused_until_a_reason_is_given_and_the_parent_sees_it() {
    assertThat(LocalStack.caseServiceProblem).as("case-service").isNull();
    Page page = signIn("worker", CASE + "/plan/new");
    assertThat(page).hasTitle("Publish a plan version – Case Journey");
    // Earlier than the seeded version's deadline (six weeks from today): a flagged change.
    String sooner = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(2).toString();
    page.locator("#expectations-0-byWhen").fill(sooner);
    button(page, "Preview changes").click();
    assertThat(page.locator("#preview")).isVisible();
    button(page, "Publish this version").click();

    assertThat(page.locator(".govuk-error-summary")).isVisible();
    assertThat(
            page.locator(
                ".govuk-error-summary a[href='#reason-" + DemoSeeder.COURSE_EXPECTATION + "']"))
        .isVisible();
    String reason = "The course has an earlier start date " + System.nanoTime() + ".";
    page.locator("#reason-" + DemoSeeder.COURSE_EXPECTATION).fill(reason);
    button(page, "Publish this version").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The plan version is published.");
    page.context().close();

    Page parent = signIn("parent-a", "/what-changed");
    awaitText(parent, "/what-changed", reason);
    parent.context().close();
  }

  @Test
  void the_chair_responds_to_the_young_persons_views_and_the_young_person_sees_the_response() {
    assertThat(LocalStack.caseServiceProblem).as("case-service").isNull();
    // The chair can only respond once the young person has taken part in the meeting.
    Page young = signIn("young-person", "/young-person/views");
    young.getByLabel("In my own words").check();
    young.getByLabel("What do you want to say?").fill("I would like to see my gran more.");
    young.getByLabel("Just the chair and my social worker").check();
    button(young, "Send").click();
    assertThat(young.locator(".govuk-notification-banner")).containsText("We have got your views");

    Page chair = signIn("chair", CASE);
    // The upcoming review meeting is the one scheduled for real in case-service.
    chair
        .locator(".govuk-summary-card", new Page.LocatorOptions().setHasText("Review conference"))
        .getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Respond to the young person's views"))
        .click();
    String response = "Thank you. We will ask about visits to your gran " + System.nanoTime();
    chair.locator("#response").fill(response);
    button(chair, "Send your response").click();
    assertThat(chair.locator(".govuk-notification-banner"))
        .containsText("Your response is sent to the young person.");
    chair.context().close();

    awaitText(young, "/young-person/response", response);
    young.context().close();
  }

  @Test
  void the_chair_leaves_a_parent_out_of_part_of_a_meeting_who_is_told_why_and_may_then_come() {
    assertThat(LocalStack.caseServiceProblem).as("case-service").isNull();
    Page chair = signIn("chair", CASE);
    chair
        .locator(".govuk-summary-card", new Page.LocatorOptions().setHasText("Review conference"))
        .getByRole(
            AriaRole.LINK,
            new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Leave someone out of this meeting"))
        .click();
    String exclusionPage = chair.url();
    // Nothing is sent without a reason, which the parent will read.
    chair.getByLabel("Alex Morgan").check();
    chair.getByLabel("Part of the meeting").check();
    button(chair, "Record this and tell them").click();
    assertThat(chair.locator(".govuk-error-summary a[href='#reason']")).isVisible();
    String reason = "Taylor wants to talk about home without a parent there " + System.nanoTime();
    chair.locator("#reason").fill(reason);
    button(chair, "Record this and tell them").click();
    assertThat(chair.locator(".govuk-notification-banner"))
        .containsText("The person left out will be told");

    Page alex = signIn("parent-a", "/meeting");
    awaitText(alex, "/meeting", reason);
    assertThat(alex.locator("main")).containsText("You will not be at part of this meeting");
    awaitText(alex, "/updates", "You will not be at part of the meeting");
    // The rest of the family is not told.
    Page rhian = signIn("parent-b", "/updates?lang=en");
    for (String path : List.of("/updates?lang=en", "/meeting?lang=en")) {
      rhian.navigate(stack.portalUrl + path);
      assertThat(rhian.locator("main")).not().containsText(reason);
    }
    rhian.context().close();

    // The chair changes their mind: Alex may come to all of it, and is told.
    chair.navigate(exclusionPage);
    button(chair, "Let Alex Morgan come to all of the meeting").click();
    assertThat(chair.locator(".govuk-notification-banner"))
        .containsText("They will be told they can come to all of the meeting.");
    chair.context().close();
    awaitText(alex, "/updates", "You can come to all of the meeting");
    long until = System.currentTimeMillis() + 10_000;
    do {
      alex.navigate(stack.portalUrl + "/meeting");
    } while (alex.locator("main").textContent().contains(reason)
        && System.currentTimeMillis() < until);
    assertThat(alex.locator("main")).not().containsText("You will not be at");
    alex.context().close();
  }

  @Test
  void
      the_worker_records_what_was_held_back_from_one_parents_copy_and_only_that_parent_reads_why() {
    assertThat(LocalStack.caseServiceProblem).as("case-service").isNull();
    Page worker = signIn("worker", CASE);
    worker.locator("main a[href$='/redaction']").first().click();
    assertThat(worker).hasTitle("Record what was held back from a copy – Case Journey");
    worker.getByLabel("Rhian Morgan").check();
    button(worker, "Record this and tell them").click();
    assertThat(worker.locator(".govuk-error-summary a[href='#reason']")).isVisible();
    String reason = "The part about where Alex now lives is held back " + System.nanoTime();
    worker.locator("#reason").fill(reason);
    button(worker, "Record this and tell them").click();
    assertThat(worker.locator(".govuk-notification-banner"))
        .containsText("They will be told that parts were held back");
    worker.context().close();

    Page rhian = signIn("parent-b", "/meeting?lang=en");
    awaitText(rhian, "/meeting?lang=en", reason);
    assertThat(rhian.locator("main")).containsText("Held back from your copy");
    awaitText(rhian, "/updates?lang=en", "Parts of a report were held back from you");
    rhian.context().close();
    // The other parent, who had the same report, is not told.
    Page alex = signIn("parent-a", "/updates");
    for (String path : List.of("/updates", "/meeting")) {
      alex.navigate(stack.portalUrl + path);
      assertThat(alex.locator("main")).not().containsText(reason);
    }
    alex.context().close();
  }

  @Test
  void a_parent_says_a_report_is_wrong_is_told_the_worker_needs_more_time_then_reads_the_answer() {
    assertThat(LocalStack.caseServiceProblem).as("case-service").isNull();
    List<String> problems = new ArrayList<>();
    Page alex = signIn("parent-a", "/meeting");
    // The conference report shared with Alex, on the meeting page: its own link chooses it.
    alex.locator("main a[href*='about=REPORT']").first().click();
    assertThat(alex).hasTitle("Tell us what is wrong – Case Journey");
    assertThat(alex.locator("input[name=about][value^='REPORT:']")).isChecked();
    // Nothing is sent without saying what is wrong.
    button(alex, "Send").click();
    assertThat(alex.locator(".govuk-error-summary a[href='#whatIsWrong']")).isVisible();
    axe(alex, "the form with an error", problems);
    String words = "The report says I missed the appointment on 3 March " + System.nanoTime();
    alex.locator("#whatIsWrong").fill(words);
    alex.locator("#whatItShouldSay").fill("That I went to the appointment on 3 March.");
    button(alex, "Send").click();
    assertThat(alex.locator(".govuk-notification-banner"))
        .containsText("We have sent it to your social worker.");
    awaitText(alex, "/something-wrong", words);
    assertThat(alex.locator("main")).containsText("Waiting for an answer");

    Page worker = signIn("worker", "/staff");
    awaitText(worker, "/staff", "Alex Morgan: a report");
    awaitText(worker, CASE, words);
    com.microsoft.playwright.Locator card =
        worker.locator(".govuk-summary-card", new Page.LocatorOptions().setHasText(words));
    assertThat(card).containsText("Alex Morgan says this is wrong:");
    card.locator("a[href$='/answer']").click();
    assertThat(worker).hasTitle("Answer what the family say is wrong – Case Journey");
    assertThat(worker.locator("main")).containsText(words);
    // It is complex: more time first, refused until the worker says why.
    button(worker, "Take more time and tell them why").click();
    assertThat(worker.locator(".govuk-error-summary a[href='#extensionReason']")).isVisible();
    axe(worker, "the more-time form with an error", problems);
    String why = "We need to ask the clinic for its list " + System.nanoTime();
    worker.locator("#extensionReason").fill(why);
    button(worker, "Take more time and tell them why").click();
    assertThat(worker.locator(".govuk-notification-banner"))
        .containsText("It is recorded. They will be told the new day and why.");
    awaitText(alex, "/something-wrong", why);
    assertThat(alex.locator(".govuk-summary-card", new Page.LocatorOptions().setHasText(words)))
        .containsText("Your social worker needs more time to answer.");
    // English last: the choice of language stays with Alex for the rest of the journey.
    for (String lang : new String[] {"cy", "en"}) {
      alex.navigate(stack.portalUrl + "/something-wrong?lang=" + lang);
      axe(alex, "the list with more time " + lang, problems);
    }
    awaitText(worker, CASE, why);
    worker
        .locator(".govuk-summary-card", new Page.LocatorOptions().setHasText(words))
        .locator("a[href$='/answer']")
        .click();
    assertThat(worker.locator("main")).containsText("Extended to");
    assertThat(worker.locator("main")).not().containsText("Need more time to answer?");
    worker.getByLabel("The record was wrong — write the correction they will see").check();
    // Nothing is sent without the correction the parent will read.
    button(worker, "Record the answer and tell them").click();
    assertThat(worker.locator(".govuk-error-summary a[href='#reason']")).isVisible();
    axe(worker, "the answer form with an error", problems);
    String correction = "You were right: the clinic's list shows you there " + System.nanoTime();
    worker.locator("#reason").fill(correction);
    button(worker, "Record the answer and tell them").click();
    assertThat(worker.locator(".govuk-notification-banner"))
        .containsText("It is recorded. They will be told your answer.");
    worker.context().close();

    awaitText(alex, "/something-wrong", correction);
    com.microsoft.playwright.Locator mine =
        alex.locator(".govuk-summary-card", new Page.LocatorOptions().setHasText(words));
    assertThat(mine).containsText("Corrected");
    assertThat(mine).containsText("Sam Patel agreed it was wrong and wrote this correction:");
    for (String lang : new String[] {"en", "cy"}) {
      alex.navigate(stack.portalUrl + "/something-wrong?lang=" + lang);
      axe(alex, "the list with a correction " + lang, problems);
    }
    alex.context().close();
    // The other parent, who had the same report, is not told.
    Page rhian = signIn("parent-b", "/something-wrong?lang=en");
    assertThat(rhian.locator("main")).not().containsText(words);
    rhian.navigate(stack.portalUrl + "/meeting?lang=en");
    assertThat(rhian.locator("main")).not().containsText(words);
    rhian.context().close();
    assertThat(problems).isEmpty();
  }

  @Test
  void a_worker_adds_welsh_to_a_plan_expectation_and_the_welsh_speaking_parent_reads_it() {
    assertThat(LocalStack.caseServiceProblem).as("case-service").isNull();
    List<String> problems = new ArrayList<>();
    // Rhian's expectation in the seeded plan, written in English only; the plan journey above
    // publishes it again unchanged, so it is a task whichever of them runs first.
    String english = "Make sure Taylor has a meal every evening";
    Page worker = signIn("worker", "/staff");
    assertThat(worker.locator("main")).containsText("Welsh text to add");
    com.microsoft.playwright.Locator add =
        worker.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName(
                    Pattern.compile("^Add Welsh to this text: Plan expectation, “" + english)));
    // The address names the text by its ids only, never by its words.
    assertThat(add.first().getAttribute("href"))
        .endsWith("/welsh-text?kind=PLAN_EXPECTATION&ref=" + DemoSeeder.MEALS_EXPECTATION)
        .doesNotContain("meal");
    add.first().click();
    assertThat(worker).hasTitle("Add the Welsh version – Case Journey");
    assertThat(worker.locator("main blockquote[lang=en]")).hasText(english);
    // Nothing is sent without the Welsh.
    button(worker, "Save the Welsh version").click();
    assertThat(worker.locator(".govuk-error-summary a[href='#welsh']")).isVisible();
    axe(worker, "the Welsh form with an error", problems);
    String welsh = "Gwnewch yn siŵr bod Taylor yn cael pryd o fwyd bob nos " + System.nanoTime();
    assertThat(worker.locator("textarea#welsh")).hasAttribute("lang", "cy");
    worker.locator("#welsh").fill(welsh);
    button(worker, "Save the Welsh version").click();
    assertThat(worker).hasURL(Pattern.compile(".*/staff\\?done=welshAdded$"));
    assertThat(worker.locator(".govuk-notification-banner"))
        .containsText("The Welsh version is saved.");

    // The task leaves the caseload once the read models have the Welsh.
    long until = System.currentTimeMillis() + 10_000;
    while (worker.locator("main li", new Page.LocatorOptions().setHasText(english)).count() > 0
        && System.currentTimeMillis() < until) {
      worker.waitForTimeout(500);
      worker.navigate(stack.portalUrl + "/staff");
    }
    assertThat(worker.locator("main li", new Page.LocatorOptions().setHasText(english)))
        .hasCount(0);
    worker.context().close();

    // Rhian reads Welsh: her page shows the Welsh, marked as Welsh, and no longer says it is on
    // its way for this expectation.
    Page rhian = signIn("parent-b", "/expected?lang=cy");
    awaitText(rhian, "/expected?lang=cy", welsh);
    assertThat(rhian.locator("main [lang=cy]", new Page.LocatorOptions().setHasText(welsh)).first())
        .isVisible();
    axe(rhian, "the plan in Welsh with the Welsh added", problems);
    rhian.context().close();
    assertThat(problems).isEmpty();
  }

  /**
   * Something the family said is wrong, for the answer page to exist: the one a journey left, or
   * else one Alex raises about something else.
   */
  private void someDispute() {
    Page worker = signIn("worker", CASE);
    boolean any = worker.locator("main a[href$='/answer']").count() > 0;
    worker.context().close();
    if (any) {
      return;
    }
    Page alex = signIn("parent-a", "/something-wrong/new");
    alex.locator("input[name=about][value=OTHER]").check();
    alex.locator("#whatIsWrong").fill("My date of birth is wrong in the letter.");
    button(alex, "Send").click();
    assertThat(alex.locator(".govuk-notification-banner")).isVisible();
    alex.context().close();
    Page again = signIn("worker", CASE);
    long until = System.currentTimeMillis() + 10_000;
    while (again.locator("main a[href$='/answer']").count() == 0
        && System.currentTimeMillis() < until) {
      again.waitForTimeout(500);
      again.navigate(stack.portalUrl + CASE);
    }
    again.context().close();
  }

  /** Opens a case for a new child with one parent, and returns its page. */
  private Page openCase(String childName) {
    Page page = signIn("worker", "/staff");
    page.locator("main a[href='/staff/cases/new']").click();
    assertThat(page).hasTitle("Open a case – Case Journey");
    page.locator("#nation-wales").check();
    page.locator("#childName").fill(childName);
    page.locator("#childRole-child").check();
    page.locator("#childLanguage-cy").check();
    page.locator("#members-0-name").fill("Morwenna Pryce");
    page.locator("#members-0-role").check();
    page.locator("#members-0-language-cy").check();
    button(page, "Open the case").click();
    assertThat(page.locator(".govuk-notification-banner")).containsText("The case is open.");
    assertThat(page.locator("h1")).hasText(childName);
    return page;
  }

  @Test
  void a_staff_view_of_a_case_is_audited_in_its_own_database_with_no_names_in_it() {
    Date before = new Date(System.currentTimeMillis() - 1_000);
    Page page = signIn("worker", CASE);
    assertThat(page).hasTitle(Pattern.compile(".*Case Journey"));
    page.context().close();
    try (MongoClient client = MongoClients.create(stack.mongoUri)) {
      Bson mine =
          Filters.and(
              Filters.eq("who", "worker"),
              Filters.eq("what", "case"),
              Filters.eq("caseId", Fixtures.MORGAN),
              Filters.gte("when", before));
      List<Document> audited =
          Flux.from(client.getDatabase("casejourney_audit").getCollection("audit_log").find(mine))
              .collectList()
              .block();
      assertThat(audited).as("the worker's view of the case").isNotEmpty();
      assertThat(audited.get(0).keySet())
          .containsExactlyInAnyOrder(
              "_id", "caseId", "seq", "who", "what", "when", "previous", "seal");
      Long inReadModels =
          Mono.from(
                  client.getDatabase("casejourney").getCollection("audit_log").countDocuments(mine))
              .block();
      assertThat(inReadModels).as("audit entries in the read models' database").isZero();
    }
  }

  @Test
  void an_operator_reads_who_has_looked_at_a_case_and_the_record_checks_whole() throws Exception {
    signIn("worker", CASE).context().close();
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            stack.portalUrl + "/api/operator/cases/" + Fixtures.MORGAN + "/audit"))
                    .header("Authorization", stack.bearer("operator"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode report = new ObjectMapper().readTree(answer.body());
    assertThat(report.path("intact").asBoolean()).as(answer.body()).isTrue();
    List<String> views = new ArrayList<>();
    report
        .path("views")
        .forEach(v -> views.add(v.path("who").asText() + " " + v.path("what").asText()));
    assertThat(views).contains("worker case");
    assertThat(views.get(views.size() - 1)).isEqualTo("operator audit-trail");

    HttpResponse<String> asWorker =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            stack.portalUrl + "/api/operator/cases/" + Fixtures.MORGAN + "/audit"))
                    .header("Authorization", stack.bearer("worker"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(asWorker.statusCode()).isEqualTo(403);
  }

  @Test
  void a_worker_opens_a_case_for_a_new_child_and_then_closes_it() {
    assertThat(LocalStack.caseServiceProblem).as("case-service").isNull();
    Page page = openCase("Ffion Pryce " + System.nanoTime() % 10_000);
    String caseUrl = page.url().replaceFirst("\\?.*", "");
    // The address carries made-up ids only, never the child's name.
    assertThat(caseUrl).matches(".*/staff/cases/[0-9a-f-]{36}");

    page.getByRole(
            AriaRole.LINK, new Page.GetByRoleOptions().setName("Close the case").setExact(true))
        .click();
    assertThat(page).hasTitle("Close the case – Case Journey");
    page.locator("#reason").fill("The family no longer needs a plan.");
    button(page, "Close the case").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The case is closed. The family will be told, with your reason.");
    awaitText(page, caseUrl.substring(stack.portalUrl.length()), "Closed");
    page.context().close();
  }

  @Test
  void a_worker_hands_a_case_on_and_the_new_worker_has_it() {
    assertThat(LocalStack.caseServiceProblem).as("case-service").isNull();
    // Their first sign-in puts the other worker in the staff directory, with the name and role
    // the identity provider gives.
    signIn("other-worker", "/staff").context().close();
    String child = "Osian Pryce " + System.nanoTime() % 10_000;
    Page page = openCase(child);
    page.getByRole(
            AriaRole.LINK,
            new Page.GetByRoleOptions()
                .setName("Hand the case to another social worker")
                .setExact(true))
        .click();
    // Sending without choosing is refused before anything is sent.
    button(page, "Hand the case on").click();
    assertThat(page.locator(".govuk-error-summary a[href='#newWorkerSubject']")).isVisible();
    com.microsoft.playwright.Locator choice = page.locator("#newWorkerSubject");
    assertThat(choice.locator("option[value='other-worker']"))
        .hasText("Priya Shah (signs in as other-worker)");
    // Neither the worker handing it on nor a chair is offered.
    assertThat(choice.locator("option[value='worker']")).hasCount(0);
    assertThat(choice.locator("option[value='chair']")).hasCount(0);
    choice.selectOption("other-worker");
    button(page, "Hand the case on").click();
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("The case is handed to the new social worker.");
    page.context().close();

    Page other = signIn("other-worker", "/staff");
    awaitText(other, "/staff", child);
    other.context().close();
  }

  @Test
  void
      every_staff_page_passes_axe_in_english_and_welsh_at_320_and_1280_and_never_scrolls_sideways() {
    List<String> problems = new ArrayList<>();
    someDispute();
    Page worker = signIn("worker", CASE);
    // Meeting ids come from case-service, so the meeting pages are found from the case page.
    check(
        worker,
        withMeetingPages(
            worker,
            WORKER_PAGES,
            "/invitations/new",
            "/reports/new",
            "/advocate/new",
            "/move",
            "/cancel",
            "/met",
            "/record-sent",
            "/redaction",
            "/answer"),
        problems);
    // The preview step, with its reason boxes and reading scores.
    for (String lang : new String[] {"en", "cy"}) {
      worker.setViewportSize(320, 800);
      worker.navigate(stack.portalUrl + CASE + "/plan/new?lang=" + lang);
      worker.locator("#expectations-0-byWhen").fill("2026-01-05");
      worker.locator("button[value=preview]").click();
      axe(worker, "plan preview " + lang, problems);
      Browsers.missingMessages(worker)
          .forEach(m -> problems.add("plan preview " + lang + ": no words for " + m));
    }
    // A "Welsh text to add" task's page, from the caseload: the seeded plan leaves several.
    worker.navigate(stack.portalUrl + "/staff");
    List<String> welshPage =
        List.of(worker.locator("main a[href*='/welsh-text?']").first().getAttribute("href"));
    check(worker, welshPage, problems);
    worker.context().close();
    Page chair = signIn("chair", CASE);
    List<String> chairPages =
        new ArrayList<>(
            withMeetingPages(chair, CHAIR_PAGES, "/outcome", "/views-response", "/exclusion"));
    chairPages.add(visibilityPage(chair));
    check(chair, chairPages, problems);
    chair.context().close();
    assertThat(problems).isEmpty();
  }

  /**
   * The pages plus, for each ending, the first link on the case page that ends with it (for {@code
   * /met}, the first expectation of the current plan not yet marked as done).
   */
  private List<String> withMeetingPages(Page page, List<String> pages, String... endings) {
    page.navigate(stack.portalUrl + CASE);
    List<String> all = new ArrayList<>(pages);
    for (String ending : endings) {
      all.add(page.locator("main a[href$='" + ending + "']").first().getAttribute("href"));
    }
    return all;
  }

  /**
   * The chair's page for changing who may see a contribution, linked from the views page of a
   * meeting the young person sent views to (the seeded initial conference).
   */
  private String visibilityPage(Page chair) {
    chair.navigate(stack.portalUrl + CASE);
    List<String> viewsPages =
        chair.locator("main a[href$='/views-response']").all().stream()
            .map(a -> a.getAttribute("href"))
            .toList();
    for (String views : viewsPages) {
      chair.navigate(stack.portalUrl + views);
      com.microsoft.playwright.Locator change = chair.locator("main a[href$='/visibility']");
      if (change.count() > 0) {
        return change.first().getAttribute("href");
      }
    }
    throw new AssertionError("no contribution to change on " + viewsPages);
  }

  private void check(Page page, List<String> paths, List<String> problems) {
    for (int width : new int[] {320, 1280}) {
      page.setViewportSize(width, 800);
      for (String lang : new String[] {"en", "cy"}) {
        for (String path : paths) {
          page.navigate(stack.portalUrl + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
          axe(page, path + " " + lang + " " + width + "px", problems);
          if (width == 1280) {
            Browsers.brokenWords(page)
                .forEach(w -> problems.add(path + " " + lang + ": breaks a word: " + w));
          }
          Browsers.missingMessages(page)
              .forEach(m -> problems.add(path + " " + lang + ": no words for " + m));
        }
      }
    }
  }

  private static void axe(Page page, String where, List<String> problems) {
    AxeResults results =
        new AxeBuilder(page)
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"))
            .analyze();
    results
        .getViolations()
        .forEach(
            v ->
                problems.add(
                    where
                        + ": "
                        + v.getId()
                        + " "
                        + v.getNodes().stream().map(n -> n.getTarget().toString()).toList()));
    Object sideways =
        page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
    if (Boolean.TRUE.equals(sideways)) {
      problems.add(where + ": scrolls horizontally");
    }
  }

  private static com.microsoft.playwright.Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  /** The read models are written after the event, so the page may need a few seconds. */
  private void awaitText(Page page, String path, String text) {
    Supplier<Boolean> shown =
        () -> {
          page.navigate(stack.portalUrl + path);
          return page.locator("main").textContent().contains(text);
        };
    long until = System.currentTimeMillis() + 10_000;
    while (!shown.get() && System.currentTimeMillis() < until) {
      page.waitForTimeout(500);
    }
    assertThat(page.locator("main")).containsText(text);
  }
}
