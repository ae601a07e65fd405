package io.leadflow.archfixture.violating.applicationusesspring.application.service;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RegisterThingService {

    @Transactional
    void register(String name) {}
}
