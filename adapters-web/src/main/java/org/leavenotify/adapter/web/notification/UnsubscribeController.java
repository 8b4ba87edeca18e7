package org.leavenotify.adapter.web.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.leavenotify.adapter.web.openapi.ProblemResponses;
import org.leavenotify.application.notification.UnsubscribeLinkInvalid;
import org.leavenotify.application.notification.Unsubscription;
import org.leavenotify.application.notification.port.in.UnsubscribeUseCase;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The link in every e-mail that turns off that kind of e-mail, without logging in (the link's signed token
 * says whose and which). Opening it (GET) changes nothing: mail programs and scanners open links by themselves,
 * so it shows a page with a button; the button, or a mail program's one-click unsubscribe (RFC 8058: POST with
 * {@code List-Unsubscribe=One-Click}), turns it off.
 */
@RestController
@RequestMapping("/api/unsubscribe")
@Tag(name = "Notifications")
final class UnsubscribeController {

    private final UnsubscribeUseCase unsubscribing;

    UnsubscribeController(UnsubscribeUseCase unsubscribing) {
        this.unsubscribing = unsubscribing;
    }

    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    @SecurityRequirements
    @Operation(summary = "The page of an e-mail's unsubscribe link", description = "Says what the link turns off and "
            + "asks to confirm; changes nothing. 400 with a page saying so for a link that is not valid.")
    ResponseEntity<String> confirm(@Parameter(description = "the token of the e-mail's link") @RequestParam String token) {
        try {
            Unsubscription unsubscription = unsubscribing.whatItTurnsOff(token);
            return page(HttpStatus.OK, "Stop these e-mails?", "<p>You will no longer get e-mails about "
                    + kind(unsubscription) + ". You still see them in the app.</p>"
                    + "<form method=\"post\"><button type=\"submit\">Stop these e-mails</button></form>");
        } catch (UnsubscribeLinkInvalid invalid) {
            return page(HttpStatus.BAD_REQUEST, "This link does not work", "<p>" + escape(invalid.getMessage()) + "</p>");
        }
    }

    @PostMapping(produces = MediaType.TEXT_HTML_VALUE)
    @SecurityRequirements
    @Operation(summary = "Turn off the e-mails of an unsubscribe link", description = "Turns off e-mail about the "
            + "link's kind of notification for the link's person, and nothing else; no login. One-click from mail "
            + "programs (RFC 8058) posts here too. 400 problem for a link that is not valid.")
    @ProblemResponses({400})
    ResponseEntity<String> unsubscribe(@Parameter(description = "the token of the e-mail's link") @RequestParam String token) {
        Unsubscription done = unsubscribing.unsubscribe(token);
        return page(HttpStatus.OK, "Done", "<p>You will no longer get e-mails about " + kind(done)
                + ". You can turn them on again in the app's e-mail settings.</p>");
    }

    private static String kind(Unsubscription unsubscription) {
        return switch (unsubscription.type()) {
            case LEAVE_REQUEST_SUBMITTED -> "new leave requests";
            case LEAVE_REQUEST_APPROVED -> "approved leave";
            case LEAVE_REQUEST_REJECTED -> "rejected leave";
            case LEAVE_REQUEST_CANCELLED -> "cancelled leave";
            case LEAVE_REQUEST_REASSIGNED -> "leave requests handed to you";
            case LEAVE_REQUEST_REMINDER -> "reminders of requests waiting for you";
            case LEAVE_REQUEST_ESCALATED -> "requests passed up because nobody decided them";
            case LEAVE_REQUEST_STARTED_UNDECIDED -> "leave that began undecided";
            case MANAGER_CHANGED -> "changes of manager";
        };
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .header("Cache-Control", "no-store")
                .body("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                        + " - Leave Notify</title></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
