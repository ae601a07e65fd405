package io.leadflow.support;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** A service as small as can be: Boot's auto-configuration, service-support's among it, and scheduling like every service. */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableScheduling
public class SupportItApplication {}
