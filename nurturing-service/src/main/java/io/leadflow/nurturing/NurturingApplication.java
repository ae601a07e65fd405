package io.leadflow.nurturing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class NurturingApplication {

    public static void main(String[] args) {
        SpringApplication.run(NurturingApplication.class, args);
    }
}
