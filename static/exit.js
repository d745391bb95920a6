// Quick exit: leave for a neutral site without leaving this page in the back history, and leave nothing
// readable behind in the browser's back/forward cache.
(function () {
  "use strict";
  var outbound = false;  // left by a link to another site
  var linked = false;  // left by any link

  function exitLink() { return document.getElementById("quick-exit"); }

  function leave(event) {
    var link = exitLink();
    if (!link) { return; }
    if (event) { event.preventDefault(); }
    document.body.hidden = true;
    try {
      // Inside a partner's page, leave the whole page, not just the frame.
      (link.target === "_top" ? window.top : window).location.replace(link.href);
    } catch (blocked) {
      window.location.replace(link.href);
    }
  }

  function typing(target) {
    if (!target || !target.tagName) { return false; }
    var tag = target.tagName.toLowerCase();
    if (target.isContentEditable || tag === "textarea" || tag === "select") { return true; }
    // Text boxes take Escape themselves (closing a list or a picker); radios and buttons do not.
    return tag === "input" && !/^(radio|checkbox|button|submit|reset)$/i.test(target.type || "");
  }

  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest("a[href]") : null;
    if (link && link.id === "quick-exit") { leave(event); return; }
    // Only a link to another site (legal help) may bring this page back as it was on Back.
    outbound = Boolean(link && link.origin !== window.location.origin);
    linked = Boolean(link);
    if (linked) { mark("link"); }
  });
  document.addEventListener("submit", function () { outbound = linked = false; });

  // How this history entry was left, kept in the entry itself (no storage): a page loaded again from the
  // history leaves at once unless it was left by a link. Written at load and on a link's click, never while a
  // form is being sent.
  function mark(how) {
    try {
      var state = history.state && typeof history.state === "object" ? history.state : {};
      history.replaceState(Object.assign({}, state, { left: how }), "");
    } catch (ignored) { /* history not writable: the pageshow check below still runs */ }
  }

  function fromHistory() {
    var entries = window.performance && performance.getEntriesByType ? performance.getEntriesByType("navigation") : [];
    return entries.length > 0 && entries[0].type === "back_forward";
  }

  function leaveAgain() {
    document.body.hidden = true;
    var link = exitLink();
    window.location.replace(link ? link.href : "about:blank");
  }

  // Loaded again from the history (the cache was not used): an entry left by answering, or the page a
  // browser shows in place of a questionnaire step, leaves at once.
  var leftBy = history.state && history.state.left;
  if (fromHistory() && (leftBy !== "link" || document.body.hasAttribute("data-from-history"))) {
    leaveAgain();
  } else {
    mark("form");
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || event.defaultPrevented || event.isComposing) { return; }
    if (typing(event.target)) { return; }
    leave(event);
  });

  // Blank the page as it goes into the back/forward cache: Back after Quick exit then finds nothing to read.
  window.addEventListener("pagehide", function () { document.body.hidden = true; });
  window.addEventListener("pageshow", function (event) {
    if (!event.persisted) { document.body.hidden = false; return; }
    // A page that holds no answers (the start page, the state pages) comes back after any link.
    var answers = document.querySelector("input[name='state']");
    if (outbound || (linked && !answers)) { outbound = linked = false; document.body.hidden = false; return; }
    // Restored from the cache without having left for another site: this is Back after Quick exit (or
    // after leaving the questionnaire), so leave again rather than show a question or an answer.
    leaveAgain();
  });
})();
