package io.leadflow.console.adapter.in.web;

import io.leadflow.console.application.ApiRefusal;
import io.leadflow.console.application.Caller;
import io.leadflow.console.application.port.in.KeepAccountsUseCase;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * An account file uploaded from the accounts page and sent to scoring as it is (UTF-8 CSV): the answer says how many
 * accounts it created and updated, or, when scoring refuses the file, lists every bad row (nothing was imported).
 */
@Controller
class AccountImportController {

    private static final String RESULT = "accounts :: importResult";

    private final KeepAccountsUseCase keep;

    AccountImportController(KeepAccountsUseCase keep) {
        this.keep = keep;
    }

    @PostMapping("/accounts/import")
    String importFile(
            Caller caller,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response) {
        AccountController.requireKeeper(caller);
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("importProblem", "Choose an account file (CSV) to import.");
            return RESULT;
        }
        try {
            model.addAttribute("imported", keep.importAccounts(caller, text(file)));
        } catch (ApiRefusal refusal) {
            if (refusal.status() != 400 && refusal.status() != 413 && refusal.status() != 415) {
                throw refusal;
            }
            response.setStatus(422);
            model.addAttribute("importProblem", refusal.getMessage());
            model.addAttribute("rows", refusal.rows());
        }
        return RESULT;
    }

    private static String text(MultipartFile file) {
        try {
            String text = new String(file.getBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
