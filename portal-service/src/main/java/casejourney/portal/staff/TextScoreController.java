package casejourney.portal.staff;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import reactor.core.publisher.Mono;

/**
 * The reading score of one field as the worker types, drawn by the same fragment as the server-side
 * preview so both say the same thing in the same language. Only used by {@code /js/staff-score.js};
 * without JavaScript the preview step gives the same scores.
 */
@Controller
class TextScoreController {

  static final int MAX_TEXT = MeetingForms.LONG_TEXT;

  /** The form the script posts: the input's id and what is in it. */
  record ScoreRequest(String field, String text) {}

  @PostMapping("/staff/text-score")
  Mono<String> score(Authentication user, @ModelAttribute ScoreRequest request, Model model) {
    String field = request.field() == null ? "" : request.field();
    String text = request.text() == null ? "" : request.text();
    String safeField = field.matches("[A-Za-z0-9_-]{1,80}") ? field : "text";
    String capped = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    return StaffController.requireStaff(user)
        .then(
            Mono.fromSupplier(
                () -> {
                  model.addAttribute("ts", TextScore.of(safeField, capped));
                  return "staff/parts :: textScore(ts=${ts})";
                }));
  }
}
