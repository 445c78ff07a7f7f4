package casejourney.portal.api;

import casejourney.api.ParticipationChoice;
import casejourney.api.views.Audience;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.access.FamilyAccess;
import casejourney.portal.commands.ApiAnswers;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.family.ParentPages;
import casejourney.portal.family.ParentViews;
import casejourney.portal.family.PlanResponses;
import casejourney.portal.web.FormErrors;
import casejourney.portal.youngperson.ViewsForm;
import casejourney.portal.youngperson.YoungPersonPages;
import casejourney.portal.youngperson.YoungPersonVoice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.function.Function;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The family pages as JSON, for other clients (a council's app, a chatbot). Same access rules as
 * the pages: the case comes from the caller's access document, never from the address.
 */
@RestController
@RequestMapping(path = "/api/family", produces = "application/json")
@Tag(name = "Family")
class FamilyApiController {

  private final AccessPolicy access;
  private final ParentPages parent;
  private final YoungPersonPages youngPerson;
  private final PlanResponses responses;
  private final YoungPersonVoice voice;
  private final FamilyApiSupport input;

  FamilyApiController(
      AccessPolicy access,
      ParentPages parent,
      YoungPersonPages youngPerson,
      PlanResponses responses,
      YoungPersonVoice voice,
      FamilyApiSupport input) {
    this.access = access;
    this.parent = parent;
    this.youngPerson = youngPerson;
    this.responses = responses;
    this.voice = voice;
    this.input = input;
  }

  @Operation(summary = "The parent's or carer's timeline, newest first")
  @GetMapping("/timeline")
  Mono<ParentViews.Timeline> timeline(
      Authentication user, @RequestParam(name = "show", required = false) String show) {
    return access.family(user, Audience.PARENT).flatMap(f -> parent.timeline(f, show));
  }

  @Operation(summary = "What is expected of the family, beside what the council promised")
  @GetMapping("/expected")
  Mono<ParentViews.Ledger> expected(Authentication user) {
    return access.family(user, Audience.PARENT).flatMap(parent::expected);
  }

  @Operation(summary = "What changed between two plan versions, with reasons")
  @GetMapping("/what-changed")
  Mono<ParentViews.Changes> whatChanged(
      Authentication user,
      @RequestParam(name = "from", required = false) Integer from,
      @RequestParam(name = "to", required = false) Integer to) {
    return access.family(user, Audience.PARENT).flatMap(f -> parent.whatChanged(f, from, to));
  }

  @Operation(
      summary =
          "The parent's next meeting, the reports shared with them and the young person's views"
              + " shared with everyone")
  @GetMapping("/meeting")
  Mono<ParentViews.Meeting> meeting(Authentication user) {
    return access.family(user, Audience.PARENT).flatMap(parent::meeting);
  }

  @Operation(summary = "The current plan version and the caller's acknowledgements and responses")
  @GetMapping("/plan")
  Mono<ParentViews.Plan> plan(Authentication user) {
    return access.family(user, Audience.PARENT).flatMap(parent::plan);
  }

  /**
   * @param answer {@code read} or {@code disagree}
   * @param response why, when disagreeing
   * @param version the plan version answered, which must still be the current one (409 if not)
   */
  record PlanAnswer(String answer, String response, Integer version) {}

  @Operation(summary = "Say you have read the current plan, or that you disagree and why")
  @PostMapping(path = "/plan/responses", consumes = "application/json")
  Mono<ResponseEntity<Object>> respond(
      Authentication user,
      ServerWebExchange ex,
      @RequestBody PlanAnswer body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    var form =
        new casejourney.portal.family.PlanResponseForm(
            body.answer(),
            body.response(),
            body.version() == null ? null : body.version().toString(),
            key);
    return access
        .family(user, Audience.PARENT)
        .flatMap(
            f ->
                input.checked(
                    form.validate(),
                    ex,
                    () -> responses.send(user, f, form).map(ApiAnswers::answer)));
  }

  /**
   * @param choice one of {@link ParticipationChoice}
   * @param wantsAdvocate whether they would like an advocate (false if absent)
   */
  record TakePart(String choice, Boolean wantsAdvocate) {}

  @Operation(
      summary =
          "The young person says how they will take part in their next meeting; they can change"
              + " it until the meeting starts (409 after)")
  @PostMapping(path = "/young-person/participation", consumes = "application/json")
  Mono<ResponseEntity<Object>> takePart(
      Authentication user,
      ServerWebExchange ex,
      @RequestBody TakePart body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    FormErrors errors = new FormErrors();
    if (Arrays.stream(ParticipationChoice.values())
        .noneMatch(c -> c.name().equals(body.choice()))) {
      errors.add("choice", "error.takePart.missing");
    }
    boolean advocate = Boolean.TRUE.equals(body.wantsAdvocate());
    return youngPersonSends(
        user, ex, errors, "choose", me -> voice.choose(user, me, body.choice(), advocate, key));
  }

  /**
   * The young person's own write, once their input has passed: a 409 problem when there is no
   * meeting to act on now, or it has started.
   */
  private Mono<ResponseEntity<Object>> youngPersonSends(
      Authentication user,
      ServerWebExchange ex,
      FormErrors errors,
      String what,
      Function<FamilyAccess, Mono<CommandOutcome>> send) {
    return access
        .family(user, Audience.YOUNG_PERSON)
        .flatMap(
            me ->
                input.checked(
                    errors,
                    ex,
                    () ->
                        send.apply(me)
                            .map(ApiAnswers::answer)
                            .defaultIfEmpty(FamilyApiSupport.meetingClosed(what))));
  }

  /**
   * What the young person thinks: {@code form} is {@code WORDS} (with {@code words}) or {@code
   * THREE_HOUSES} (with any of {@code worries}, {@code goodThings}, {@code wishes}); {@code
   * visibility} is {@code EVERYONE_AT_MEETING} or {@code CHAIR_AND_WORKER}.
   */
  record Views(
      String form,
      String words,
      String worries,
      String goodThings,
      String wishes,
      String visibility) {}

  @Operation(
      summary =
          "The young person sends what they think for their next meeting, and says who may see"
              + " it (409 once the meeting has started)")
  @PostMapping(path = "/young-person/contributions", consumes = "application/json")
  Mono<ResponseEntity<Object>> sendViews(
      Authentication user,
      ServerWebExchange ex,
      @RequestBody Views body,
      @RequestHeader(name = "Idempotency-Key", required = false) String key) {
    ViewsForm form =
        new ViewsForm(
            body.form(),
            body.words(),
            body.worries(),
            body.goodThings(),
            body.wishes(),
            body.visibility(),
            key);
    return youngPersonSends(
        user, ex, form.validate(), "send views", me -> voice.send(user, me, form, key));
  }

  @Operation(summary = "The young person's next meeting, choice, views and the chair's responses")
  @GetMapping("/young-person/meeting")
  Mono<YoungPersonPages.Meeting> youngPersonMeeting(Authentication user) {
    return access.family(user, Audience.YOUNG_PERSON).flatMap(youngPerson::meeting);
  }

  @Operation(summary = "The young person's current plan, in the child-friendly version")
  @GetMapping("/young-person/plan")
  Mono<YoungPersonPages.ChildPlan> youngPersonPlan(Authentication user) {
    return access.family(user, Audience.YOUNG_PERSON).flatMap(youngPerson::plan);
  }
}
