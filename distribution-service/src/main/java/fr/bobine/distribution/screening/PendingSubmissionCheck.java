package fr.bobine.distribution.screening;

import java.util.List;
import java.util.UUID;

/** The festival feature answers it: which pending submissions a new screening would make ineligible. */
public interface PendingSubmissionCheck {

    List<IneligibleSubmission> wouldMakeIneligible(UUID productionId, String originCountry, List<ScreeningFact> log,
            ScreeningFact added);
}
