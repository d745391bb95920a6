// The questionnaire's own history: the phone's Back returns to the previous question.
// Every step is a POST, so without this the system Back shows "Confirm Form Resubmission". Each step page
// adds one history entry of its own (same address, no answers in it; nothing is stored anywhere); going
// back out of that entry submits the page's own Back button, exactly as if the person had pressed it.
(function () {
  "use strict";
  var form = document.querySelector("main form:not(.language)");
  focusFirst();
  if (!form || !window.history || !history.pushState) { return; }
  var back = form.querySelector("button[value='back']");
  if (!back) { return; }  // the first page: there is no earlier question to go back to
  var leaving = false;

  function guard() {
    if (!history.state || history.state.screener !== "step") {
      history.replaceState({ screener: "base" }, "");
      history.pushState({ screener: "step" }, "");
    }
  }
  guard();

  window.addEventListener("popstate", function (event) {
    // A link within the page (#...) adds an entry with no state; moving between it and the step is no Back.
    if (leaving || location.hash || (event.state && event.state.screener === "step")) { return; }
    leaving = true;
    document.body.hidden = true;
    if (form.requestSubmit) { form.requestSubmit(back); } else { back.click(); }
  });

  function focusFirst() {
    // The error summary takes focus, so a screen reader reads it and the person sees it first.
    var summary = document.getElementById("error-summary");
    if (summary) { summary.focus(); return; }
    var notice = document.getElementById("removed-notice");
    if (notice) { notice.setAttribute("tabindex", "-1"); notice.focus(); }
  }
})();
