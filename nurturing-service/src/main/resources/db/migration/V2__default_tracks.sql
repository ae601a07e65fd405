-- the default tracks (io.leadflow.nurturing.domain.DefaultTracks): one for every rejection reason that can be
-- nurtured; BAD_DATA, COMPETITOR and NOT_A_BUYER are disqualified instead. Marketing edits these rows later.
insert into nurture_track (key, name, cadence) values
    ('quarterly-check-in', 'Long cadence: quarterly check-in',
        'one personal check-in e-mail per quarter until the timing is right'),
    ('revisit-next-quarter', 'Revisit next quarter',
        'ROI and pricing content monthly, a budget conversation at the start of next quarter'),
    ('ask-for-referral', 'Ask for a referral',
        'a referral request to the decision maker now, champion content every month'),
    ('education-series', 'Education series',
        'an educational article or webinar invitation every two weeks'),
    ('contact-refresh', 'Re-engagement: confirm contact details',
        'three e-mails over six weeks asking the lead to confirm how to reach them'),
    ('monthly-newsletter', 'Monthly newsletter',
        'the monthly newsletter only, no sales outreach');

insert into track_reason (reason, track_key) values
    ('TIMING', 'quarterly-check-in'),
    ('NO_BUDGET', 'revisit-next-quarter'),
    ('NOT_DECISION_MAKER', 'ask-for-referral'),
    ('NO_NEED_YET', 'education-series'),
    ('UNREACHABLE', 'contact-refresh'),
    ('ALREADY_IN_CONTACT', 'monthly-newsletter'),
    ('OTHER', 'monthly-newsletter');
