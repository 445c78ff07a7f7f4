package casejourney.portal.glossary;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The glossary, open to everyone: it holds no personal data, and people may read it first. */
@Controller
class GlossaryController {

  @GetMapping("/glossary")
  String glossary() {
    return "glossary";
  }
}
