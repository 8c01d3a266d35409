/* The center's own few lines of script: nothing here talks to anyone but this page. */
(function () {
    "use strict";

    function copied(button, ok) {
        var result = document.getElementById("copy-result");
        if (result) {
            result.textContent = button.getAttribute(ok ? "data-copied" : "data-copy-failed");
        }
    }

    /* Copies without the clipboard API too (an old phone browser, or a page not served over https). */
    function copyByTextArea(text) {
        var area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.select();
        var ok = false;
        try {
            ok = document.execCommand("copy");
        } catch (e) {
            ok = false;
        }
        document.body.removeChild(area);
        return ok;
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("button") : null;
        if (!button) {
            return;
        }
        if (button.id === "copy-receipt") {
            var text = button.getAttribute("data-copy");
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(text).then(
                    function () { copied(button, true); },
                    function () { copied(button, copyByTextArea(text)); });
            } else {
                copied(button, copyByTextArea(text));
            }
        } else if (button.id === "print-receipt") {
            window.print();
        }
    });

    /* A field the citizen has just changed no longer shows the error of the last submit beside it. */
    function clearFieldError(event) {
        var field = event.target.closest ? event.target.closest(".field") : null;
        if (!field) {
            return;
        }
        var messages = field.querySelectorAll(".ui-message-error");
        for (var i = 0; i < messages.length; i++) {
            messages[i].parentNode.removeChild(messages[i]);
        }
        var invalid = field.querySelectorAll(".ui-state-error, [aria-invalid=true]");
        for (var j = 0; j < invalid.length; j++) {
            invalid[j].classList.remove("ui-state-error");
            invalid[j].removeAttribute("aria-invalid");
        }
    }
    document.addEventListener("change", clearFieldError);
    document.addEventListener("input", clearFieldError);

    function megabytes(bytes) {
        return (bytes / 1048576).toFixed(1);
    }

    /*
     * A form with a chosen file is sent in the background so that the citizen sees how much of it has gone; the
     * answer then replaces the page as an ordinary submit would. Without these browser features, or if sending
     * fails, the form is submitted the ordinary way.
     */
    document.addEventListener("submit", function (event) {
        var form = event.target;
        var progress = form.querySelector ? form.querySelector(".upload-progress") : null;
        var input = form.querySelector ? form.querySelector("input[type=file]") : null;
        if (!progress || !input || !input.files || input.files.length === 0 || !window.FormData
                || !window.XMLHttpRequest || form.getAttribute("data-sending")) {
            return;
        }
        event.preventDefault();
        form.setAttribute("data-sending", "true");
        var data = new FormData(form);
        if (event.submitter && event.submitter.name) {
            data.append(event.submitter.name, event.submitter.value || "");
            event.submitter.disabled = true;
        }
        var bar = progress.querySelector("progress");
        var label = progress.querySelector(".upload-progress-text");
        var pattern = progress.getAttribute("data-pattern");
        progress.hidden = false;
        var request = new XMLHttpRequest();
        request.open("POST", form.action);
        request.upload.onprogress = function (e) {
            if (!e.lengthComputable) {
                return;
            }
            var percent = Math.floor(e.loaded * 100 / e.total);
            bar.value = percent;
            label.textContent = pattern.replace("{0}", percent).replace("{1}", megabytes(e.loaded))
                .replace("{2}", megabytes(e.total));
            try {
                window.sessionStorage.setItem("center.upload.percent", String(percent));
            } catch (ignored) {
                /* private mode: the bar still shows */
            }
        };
        request.onload = function () {
            document.open();
            document.write(request.responseText);
            document.close();
        };
        request.onerror = function () {
            form.submit();
        };
        request.send(data);
    });
}());
