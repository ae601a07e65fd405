package io.leadflow.nurturing.application.service;

import io.leadflow.nurturing.application.port.in.ExpireEnrollmentUseCase;
import io.leadflow.nurturing.application.port.out.EnrollmentRepository;
import io.leadflow.nurturing.domain.Enrollment;
import io.leadflow.nurturing.domain.EnrollmentStatus;
import io.leadflow.nurturing.domain.NurtureNotice;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.transaction.annotation.Transactional;

/** The enrolment is locked first, like every other end of an enrolment, so two ends never both apply. */
class ExpireEnrollmentService implements ExpireEnrollmentUseCase {

    private final EnrollmentRepository enrollments;
    private final Timetable timetable;
    private final Announcements announcements;
    private final Clock clock;

    ExpireEnrollmentService(
            EnrollmentRepository enrollments, Timetable timetable, Announcements announcements, Clock clock) {
        this.enrollments = enrollments;
        this.timetable = timetable;
        this.announcements = announcements;
        this.clock = clock;
    }

    @Override
    @Transactional
    public boolean expireEnrollment(UUID enrollmentId) {
        Optional<Enrollment> active = enrollments.lock(enrollmentId).filter(Enrollment::isActive);
        if (active.isEmpty()) {
            return false;
        }
        Enrollment e = active.get();
        Enrollment expired = e.exit(EnrollmentStatus.EXPIRED, e.stage(), "maximum duration reached", clock.instant());
        enrollments.save(expired);
        timetable.stop(e.id());
        announcements.announce(NurtureNotice.exited(expired));
        return true;
    }
}
