package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.ApiKeysUseCase;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin's start page and the API keys of event sources. A new key's secret is in the answer to its creation
 * only: the page shows it once, with a note, and the list never holds it.
 */
@Controller
class AdminController {

    private final ApiKeysUseCase keys;

    AdminController(ApiKeysUseCase keys) {
        this.keys = keys;
    }

    @GetMapping("/admin")
    String admin() {
        return "admin";
    }

    @GetMapping("/admin/api-keys")
    String apiKeys(Caller caller, Model model) {
        model.addAttribute("keys", keys.apiKeys(caller));
        return "admin-api-keys";
    }

    @PostMapping("/admin/api-keys")
    String create(Caller caller, @RequestParam(defaultValue = "") String name, Model model) {
        model.addAttribute("created", keys.createApiKey(caller, name));
        model.addAttribute("keys", keys.apiKeys(caller));
        return "admin-api-keys :: created";
    }

    @DeleteMapping("/admin/api-keys/{id}")
    String revoke(Caller caller, @PathVariable String id, Model model) {
        keys.revokeApiKey(caller, id);
        model.addAttribute("keys", keys.apiKeys(caller));
        return "admin-api-keys :: list";
    }
}
