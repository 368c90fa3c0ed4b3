package fr.bobine.platform.http;

import fr.bobine.platform.problem.ProblemException;

/**
 * Optimistic concurrency over HTTP: a resource's version is its strong ETag ({@code "3"}); a change must send it back
 * in {@code If-Match}. Missing gives 428, stale gives 412 (RFC 9110 13.1.1, RFC 6585 3).
 */
public final class Etags {

    public static final String IF_MATCH = "If-Match";

    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Refuses the change unless {@code ifMatch} names exactly the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired(
                    "send the resource's ETag in If-Match; the current one is " + of(currentVersion));
        }
        String value = ifMatch.trim();
        if (value.equals("*")) {
            return;
        }
        for (String candidate : value.split(",")) {
            if (candidate.trim().equals(of(currentVersion))) {
                return;
            }
        }
        throw ProblemException.preconditionFailed(
                "If-Match " + value + " is stale: the resource is now at ETag " + of(currentVersion) + "; read it again");
    }
}
