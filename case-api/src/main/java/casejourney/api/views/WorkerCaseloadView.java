package casejourney.api.views;

import java.util.List;

/**
 * Which cases a social worker holds, in collection {@value #COLLECTION} with {@code _id} = the
 * worker's sign-in subject. It changes only when a case is opened or moves between workers; what
 * each case needs is in its {@link WorkerDashboardView.CaseloadItem}.
 *
 * @param workerSubject the worker's sign-in subject
 * @param caseIds the cases allocated to them, in the order they were allocated
 */
public record WorkerCaseloadView(String workerSubject, List<String> caseIds) {

  public static final String COLLECTION = "worker_caseloads";
}
