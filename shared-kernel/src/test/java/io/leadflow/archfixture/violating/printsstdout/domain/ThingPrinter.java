package io.leadflow.archfixture.violating.printsstdout.domain;

class ThingPrinter {

    void print(String name) {
        System.out.println(name);
    }
}
