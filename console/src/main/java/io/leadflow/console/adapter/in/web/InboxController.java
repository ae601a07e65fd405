package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.FindInboxQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The rep's inbox: their open hand-offs, newest first. The page polls its list fragment every few seconds (htmx),
 * so a new hand-off appears without a reload.
 */
@Controller
class InboxController {

    private final FindInboxQuery inbox;

    InboxController(FindInboxQuery inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(Caller caller, Model model, @RequestHeader(name = "HX-Request", required = false) String htmx) {
        model.addAttribute("caller", caller.email());
        model.addAttribute("entries", inbox.findInbox(caller));
        model.addAttribute("manager", caller.has(ConsolePage.Role.SALES_MANAGER));
        return htmx == null ? "inbox" : "inbox :: entries";
    }
}
