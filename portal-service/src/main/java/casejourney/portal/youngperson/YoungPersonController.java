package casejourney.portal.youngperson;

import casejourney.api.ParticipationChoice;
import casejourney.api.views.Audience;
import casejourney.portal.access.AccessPolicy;
import casejourney.portal.access.FamilyAccess;
import casejourney.portal.commands.CommandOutcome;
import casejourney.portal.disputes.FamilyDisputes;
import casejourney.portal.web.FormErrors;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import reactor.core.publisher.Mono;

/** The young person's pages. Addresses carry no ids; the meeting is their next one. */
@Controller
class YoungPersonController {

  private final AccessPolicy access;
  private final YoungPersonPages pages;
  private final YoungPersonVoice voice;
  private final FamilyDisputes disputes;

  YoungPersonController(
      AccessPolicy access,
      YoungPersonPages pages,
      YoungPersonVoice voice,
      FamilyDisputes disputes) {
    this.access = access;
    this.pages = pages;
    this.voice = voice;
    this.disputes = disputes;
  }

  @GetMapping({"/young-person/meeting", "/young-person/response"})
  Mono<String> read(
      Authentication user, org.springframework.web.server.ServerWebExchange ex, Model model) {
    String view = ex.getRequest().getPath().value().endsWith("/response") ? "response" : "meeting";
    return me(user)
        .flatMap(
            me ->
                pages
                    .meeting(me)
                    .zipWith(disputes.mine(me))
                    .doOnNext(
                        t ->
                            model
                                .addAttribute("yp", t.getT1())
                                .addAttribute("mine", t.getT2())
                                // So the list of who is invited says "You", not their own name.
                                .addAttribute("personId", me.personId())))
        .thenReturn("young-person/" + view);
  }

  @GetMapping("/young-person/plan")
  Mono<String> plan(Authentication user, Model model) {
    return me(user)
        .flatMap(
            me ->
                pages
                    .plan(me)
                    .map(p -> Map.<String, Object>of("plan", p))
                    .defaultIfEmpty(Map.of())
                    .zipWith(disputes.mine(me)))
        .doOnNext(t -> model.addAllAttributes(t.getT1()).addAttribute("mine", t.getT2()))
        .thenReturn("young-person/plan");
  }

  @GetMapping("/young-person/take-part")
  Mono<String> takePart(
      Authentication user,
      @RequestParam(name = "sent", required = false) String sent,
      Model model) {
    model.addAttribute("sent", sent != null);
    return me(user)
        .flatMap(me -> renderTakePart(me, null, false, newId(), new FormErrors(), model));
  }

  /** The choice, whether they want an advocate ({@code yes}), and the form's idempotency key. */
  record TakePartForm(String choice, String wantsAdvocate, String formId) {}

  @PostMapping("/young-person/take-part")
  Mono<String> choose(Authentication user, @ModelAttribute TakePartForm form, Model model) {
    String choice = form.choice();
    String formId = form.formId();
    boolean advocate = "yes".equals(form.wantsAdvocate());
    boolean valid =
        Arrays.stream(ParticipationChoice.values()).anyMatch(c -> c.name().equals(choice));
    return me(user)
        .flatMap(
            me -> {
              if (!valid) {
                return renderTakePart(
                    me,
                    null,
                    advocate,
                    formId,
                    new FormErrors().add("choice", "error.takePart.missing"),
                    model);
              }
              return voice
                  .choose(user, me, choice, advocate, formId)
                  .flatMap(
                      outcome ->
                          outcome instanceof CommandOutcome.Refused refused
                              ? renderTakePart(
                                  me,
                                  choice,
                                  advocate,
                                  newId(),
                                  new FormErrors()
                                      .addRefusal(
                                          refused,
                                          Set.of("choice"),
                                          "choice",
                                          "error.takePart.refused"),
                                  model)
                              : Mono.just("redirect:/young-person/take-part?sent=1"))
                  .switchIfEmpty(
                      Mono.defer(
                          () ->
                              renderTakePart(
                                  me,
                                  choice,
                                  advocate,
                                  newId(),
                                  new FormErrors().add("choice", "error.takePart.tooLate"),
                                  model)));
            });
  }

  @GetMapping("/young-person/views")
  Mono<String> views(
      Authentication user,
      @RequestParam(name = "sent", required = false) String sent,
      Model model) {
    model.addAttribute("sent", sent != null);
    return me(user)
        .flatMap(
            me ->
                renderViews(
                    me,
                    new ViewsForm(null, null, null, null, null, null, newId()),
                    new FormErrors(),
                    model));
  }

  @PostMapping("/young-person/views")
  Mono<String> sendViews(Authentication user, @ModelAttribute("form") ViewsForm form, Model model) {
    return me(user)
        .flatMap(
            me -> {
              FormErrors errors = form.validate();
              if (!errors.isEmpty()) {
                return renderViews(me, form, errors, model);
              }
              return voice
                  .send(user, me, form, form.formId())
                  .flatMap(
                      outcome ->
                          outcome instanceof CommandOutcome.Refused refused
                              ? renderViews(
                                  me,
                                  withNewId(form),
                                  new FormErrors()
                                      .addRefusal(
                                          refused,
                                          Set.of(
                                              "form",
                                              "words",
                                              "worries",
                                              "goodThings",
                                              "wishes",
                                              "visibility"),
                                          "form",
                                          "error.views.refused"),
                                  model)
                              : Mono.just("redirect:/young-person/views?sent=1"))
                  .switchIfEmpty(
                      Mono.defer(
                          () ->
                              renderViews(
                                  me,
                                  form,
                                  new FormErrors().add("form", "error.views.tooLate"),
                                  model)));
            });
  }

  private Mono<String> renderTakePart(
      FamilyAccess me,
      String choice,
      boolean advocate,
      String formId,
      FormErrors errors,
      Model model) {
    return pages
        .meeting(me)
        .map(
            m -> {
              String current =
                  choice != null ? choice : m.choice() == null ? null : m.choice().choice().name();
              boolean wants =
                  choice != null ? advocate : m.choice() != null && m.choice().wantsAdvocate();
              model.addAllAttributes(
                  Map.of(
                      "yp",
                      m,
                      "choices",
                      ParticipationChoice.values(),
                      "errors",
                      errors,
                      "formId",
                      formId,
                      "wantsAdvocate",
                      wants));
              model.addAttribute("current", current);
              return "young-person/take-part";
            });
  }

  private Mono<String> renderViews(
      FamilyAccess me, ViewsForm form, FormErrors errors, Model model) {
    return pages
        .meeting(me)
        .map(
            m -> {
              model.addAllAttributes(Map.of("yp", m, "form", form, "errors", errors));
              return "young-person/views";
            });
  }

  private Mono<FamilyAccess> me(Authentication user) {
    return access.family(user, Audience.YOUNG_PERSON);
  }

  private static ViewsForm withNewId(ViewsForm f) {
    return new ViewsForm(
        f.form(), f.words(), f.worries(), f.goodThings(), f.wishes(), f.visibility(), newId());
  }

  private static String newId() {
    return UUID.randomUUID().toString();
  }
}
