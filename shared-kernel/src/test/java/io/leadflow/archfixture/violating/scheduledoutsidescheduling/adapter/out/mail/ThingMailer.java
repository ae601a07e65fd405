package io.leadflow.archfixture.violating.scheduledoutsidescheduling.adapter.out.mail;

import org.springframework.scheduling.annotation.Scheduled;

class ThingMailer {

    private int sent;

    @Scheduled(fixedDelayString = "${things.mail-interval:1s}")
    void sendDue() {
        sent++;
    }
}
