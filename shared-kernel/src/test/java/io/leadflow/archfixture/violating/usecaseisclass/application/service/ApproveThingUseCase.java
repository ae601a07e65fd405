package io.leadflow.archfixture.violating.usecaseisclass.application.service;

public class ApproveThingUseCase {

    public void approve(String name) {}
}
