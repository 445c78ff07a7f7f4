package casejourney.api.personal;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Where each case's key is kept. The key belongs to the child's record: everything personal in the
 * case (the child's, the family's and the staff's words and names) is sealed with it, and it is
 * destroyed when the record's retention ends (DOMAIN.md, "Data").
 */
public interface CaseKeys {

  /**
   * The key to seal the case's data with, made and stored on first use.
   *
   * @throws IllegalStateException if the case's key was destroyed: its record has been erased
   */
  SecretKey sealingKey(String caseId);

  /**
   * The key to read the case's sealed data with, or empty once the key has been destroyed.
   *
   * @throws IllegalStateException if the case never had a key: that is a fault (wrong database,
   *     lost table), never a reason to carry on without the data
   */
  Optional<SecretKey> readingKey(String caseId);
}
