package casejourney.api.personal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of an event (or of a value an event carries) as personal data: a name, a date of
 * birth, or words a person or a worker wrote about the family. In the event store and on Kafka the
 * value is sealed with its case's key, so that destroying the key at the end of retention makes it
 * unreadable everywhere (docs/adr/0011, {@link PersonalData}). Any other Jackson mapper (the
 * command API, the read models) sees the plain value.
 */
@Target({
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT
})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = SealingSerializer.class)
@JsonDeserialize(using = UnsealingDeserializer.class)
public @interface Personal {}
