package casejourney.api.commands;

import casejourney.api.WelshText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds the Welsh version of one piece of worker-written text that is already recorded, or corrects
 * the one there is, without a new plan version or any other change to the record.
 *
 * @param kind which text, with {@code ref}, {@code personId} and {@code reportId} as {@link
 *     WelshText} says
 * @param english the English text the Welsh was written from. It must still be the text recorded:
 *     if the English has changed since (a new plan version, a meeting moved again), the Welsh is
 *     refused rather than attached to words it does not translate
 * @param welsh the Welsh version
 */
public record AddWelshTextCommand(
    @TargetAggregateIdentifier String caseId,
    WelshText kind,
    String ref,
    String personId,
    String reportId,
    String english,
    String welsh) {}
