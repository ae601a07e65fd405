package io.leadflow.archfixture.violating.adaptercallsservice.application.service;

public class RegisterThingService {

    public void register(String name) {}
}
