package casejourney.caseservice.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/**
 * Copies a command record with some components replaced. Ids in the URL path win over the body, and
 * the service fills in ids the client left out, without a hand-written copy per command. Public for
 * the idempotency interceptor, which reads the case id of whichever command it recorded.
 */
public final class Records {

  private Records() {}

  static <T extends Record> T with(T record, Map<String, Object> replacements) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        String name = components[i].getName();
        values[i] =
            replacements.containsKey(name)
                ? replacements.get(name)
                : components[i].getAccessor().invoke(record);
      }
      @SuppressWarnings("unchecked")
      Constructor<T> canonical =
          (Constructor<T>)
              record
                  .getClass()
                  .getDeclaredConstructor(
                      Arrays.stream(components)
                          .map(RecordComponent::getType)
                          .toArray(Class[]::new));
      return canonical.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot copy " + record.getClass().getSimpleName(), e);
    }
  }

  public static Object get(Record record, String component) {
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      if (c.getName().equals(component)) {
        try {
          return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("Cannot read " + component, e);
        }
      }
    }
    return null;
  }
}
