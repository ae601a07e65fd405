package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.DeadLettersUseCase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The admin's dead letters of every service: what failed, in which queue, why; re-drive one or all of a service's, or
 * discard one. Each change answers the list with what became of it.
 */
@Controller
class AdminDeadLettersController {

    private final DeadLettersUseCase deadLetters;

    AdminDeadLettersController(DeadLettersUseCase deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/admin/dead-letters")
    String list(Caller caller, Model model) {
        model.addAttribute("services", deadLetters.deadLetters(caller));
        return "admin-dead-letters";
    }

    @PostMapping("/admin/dead-letters/{service}/redrive")
    String redriveAll(Caller caller, @PathVariable String service, Model model) {
        model.addAttribute("outcome", deadLetters.redrive(caller, service, null));
        return list(caller, model) + " :: list";
    }

    @PostMapping("/admin/dead-letters/{service}/{id}/redrive")
    String redrive(Caller caller, @PathVariable String service, @PathVariable long id, Model model) {
        model.addAttribute("outcome", deadLetters.redrive(caller, service, id));
        return list(caller, model) + " :: list";
    }

    @DeleteMapping("/admin/dead-letters/{service}/{id}")
    String discard(Caller caller, @PathVariable String service, @PathVariable long id, Model model) {
        deadLetters.discard(caller, service, id);
        return list(caller, model) + " :: list";
    }
}
