package io.leadflow.scoring.domain;

import static io.leadflow.kernel.EngagementType.BOOTH_VISITED;
import static io.leadflow.kernel.EngagementType.CONTENT_DOWNLOADED;
import static io.leadflow.kernel.EngagementType.CUSTOM;
import static io.leadflow.kernel.EngagementType.DEMO_REQUESTED;
import static io.leadflow.kernel.EngagementType.EMAIL_BOUNCED;
import static io.leadflow.kernel.EngagementType.EMAIL_CLICKED;
import static io.leadflow.kernel.EngagementType.EMAIL_OPENED;
import static io.leadflow.kernel.EngagementType.EVENT_ATTENDED;
import static io.leadflow.kernel.EngagementType.FOLLOW_UP_REQUESTED;
import static io.leadflow.kernel.EngagementType.FORM_SUBMITTED;
import static io.leadflow.kernel.EngagementType.MEETING_BOOKED;
import static io.leadflow.kernel.EngagementType.PRICING_PAGE_VISITED;
import static io.leadflow.kernel.EngagementType.QUOTE_REQUESTED;
import static io.leadflow.kernel.EngagementType.TRIAL_STARTED;
import static io.leadflow.kernel.EngagementType.UNSUBSCRIBED;
import static io.leadflow.kernel.EngagementType.WEBINAR_ATTENDED;
import static io.leadflow.kernel.EngagementType.WEBINAR_REGISTERED;
import static io.leadflow.kernel.EngagementType.WEBSITE_VISITED;

import io.leadflow.kernel.EngagementType;
import java.util.EnumMap;
import java.util.Map;

/**
 * The example scoring matrix of DOMAIN.md as model "default", version 1: points per action on a 0 to 100 scale,
 * free mail, unsubscribes and bounces as negatives, MQL at 50, buying signals fast-track.
 */
public final class DefaultScoringModel {

    public static final String NAME = "default";
    public static final int VERSION = 1;
    public static final int THRESHOLD = 50;
    public static final int FREE_MAIL_POINTS = -10;

    private DefaultScoringModel() {
    }

    public static ScoringModel create() {
        Map<EngagementType, Integer> points = new EnumMap<>(EngagementType.class);
        points.put(EMAIL_OPENED, 2);
        points.put(EMAIL_CLICKED, 5);
        points.put(WEBSITE_VISITED, 10);
        points.put(PRICING_PAGE_VISITED, 10);
        points.put(CONTENT_DOWNLOADED, 15);
        points.put(WEBINAR_REGISTERED, 10);
        points.put(WEBINAR_ATTENDED, 20);
        points.put(EVENT_ATTENDED, 20);
        points.put(BOOTH_VISITED, 15);
        points.put(FOLLOW_UP_REQUESTED, 25);
        points.put(MEETING_BOOKED, 50);
        points.put(DEMO_REQUESTED, 50);
        points.put(TRIAL_STARTED, 40);
        points.put(QUOTE_REQUESTED, 50);
        points.put(FORM_SUBMITTED, 10);
        points.put(CUSTOM, 0);
        points.put(UNSUBSCRIBED, -30);
        points.put(EMAIL_BOUNCED, -20);
        return new ScoringModel(NAME, VERSION, points, FREE_MAIL_POINTS, new ScoreScale(0, 100), THRESHOLD, true);
    }
}
