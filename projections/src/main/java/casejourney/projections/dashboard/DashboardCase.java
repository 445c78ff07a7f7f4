package casejourney.projections.dashboard;

import casejourney.api.views.CaseOverviewView;
import casejourney.api.views.StatutoryClocksView;
import casejourney.api.views.WorkerDashboardView.MissingTranslation;
import java.util.List;

/**
 * The dashboard processor's own copy of what it needs to know about a case, in collection {@code
 * worker_dashboard_cases}. Not part of the portal contract: it exists so this processor can be
 * replayed without depending on the other read models.
 */
record DashboardCase(
    String caseId,
    CaseOverviewView overview,
    StatutoryClocksView clocks,
    List<MissingTranslation> planTranslations) {

  static final String COLLECTION = "worker_dashboard_cases";
}
