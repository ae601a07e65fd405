package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: each person lands on the first area their roles may use (a rep and a manager on the inbox,
 * marketing on the leads, an admin on the team board); someone whose roles open no page is told so.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Caller caller) {
        return ConsolePage.offeredTo(caller.roles()).stream()
                .findFirst()
                .map(page -> "redirect:" + page.path())
                .orElse("no-pages");
    }
}
